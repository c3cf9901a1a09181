namespace Relais.Model;

/// <summary>Where a value was written: a file relative to the site root, 1-based line and column.</summary>
public readonly record struct SourceSpan(string File, int Line, int Column, int EndLine, int EndColumn)
{
    public static SourceSpan StartOf(string file) => new(file, 1, 1, 1, 1);

    /// <summary>A span <paramref name="offset"/> characters into a single-line value starting here.</summary>
    public SourceSpan Shift(int offset, int length = 1) =>
        new(File, Line, Column + offset, Line, Column + offset + Math.Max(length, 1));

    public override string ToString() => $"{File}:{Line}:{Column}";
}
