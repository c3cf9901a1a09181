using Relais.Model;

namespace Relais.Generator.Load;

/// <summary>A YAML content file (or a Markdown file's front matter), its slug, and a Markdown body if any.</summary>
public sealed record ContentFile(string Path, string Slug, RawNode? Data, string? Body)
{
    public SourceSpan Start => SourceSpan.StartOf(Path);
}

/// <summary>Everything read from a site folder, not yet checked. Parts that failed to load (a null
/// table, a file without data) have their diagnostics. <see cref="Redirects"/> is null when the site has no
/// content/redirections.csv (it is optional) or when it could not be read.</summary>
public sealed record LoadedContent(
    string Root,
    ContentFile Settings,
    RawCsv? Communes,
    IReadOnlyList<ContentFile> Places,
    IReadOnlyList<ContentFile> Tours,
    IReadOnlyList<ContentFile> Workshops,
    IReadOnlyList<ContentFile> Pages,
    RawCsv? Redirects);
