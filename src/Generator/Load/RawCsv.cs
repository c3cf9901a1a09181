namespace Relais.Generator.Load;

/// <summary>A CSV table whose every cell keeps its position.</summary>
public sealed record RawCsv(string File, IReadOnlyList<RawScalar> Header, IReadOnlyList<IReadOnlyList<RawScalar>> Rows);
