using Relais.Model;

namespace Relais.Generator.Load;

/// <summary>A value as written in a content file, with where it was written. Scalars stay text:
/// each field decides how to read it, so « 01400 » keeps its leading zero.</summary>
public abstract record RawNode(SourceSpan Span);

public sealed record RawScalar(string Value, bool IsPlain, SourceSpan Span) : RawNode(Span)
{
    /// <summary>An empty value or YAML's null (« ~ », « null »), written plain.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Where the text itself starts: one column after an opening quote.</summary>
    public SourceSpan ContentStart => IsPlain ? Span : Span with { Column = Span.Column + 1 };
}

public sealed record RawEntry(RawScalar Key, RawNode Value);

public sealed record RawMap(IReadOnlyList<RawEntry> Entries, SourceSpan Span) : RawNode(Span);

public sealed record RawList(IReadOnlyList<RawNode> Items, SourceSpan Span) : RawNode(Span);
