using Relais.Model;

namespace Relais.Generator.Load;

/// <summary>A YAML content file (or a Markdown file's front matter), its slug, and a Markdown body if any.</summary>
public sealed record ContentFile(string Path, string Slug, RawNode? Data, string? Body)
{
    public SourceSpan Start => SourceSpan.StartOf(Path);
}

/// <summary>Everything read from a site folder, not yet checked. Null or absent parts failed to load
/// and have their diagnostics.</summary>
public sealed record LoadedContent(
    string Root,
    ContentFile? Settings,
    RawCsv? Communes,
    IReadOnlyList<ContentFile> Places,
    IReadOnlyList<ContentFile> Tours,
    IReadOnlyList<ContentFile> Workshops,
    IReadOnlyList<ContentFile> Pages);
