namespace Relais.Model;

/// <summary>A hand-written page from input/*.md.</summary>
public sealed record InputPage(string Slug, SourceSpan Source, string Title, string? Description, int Order, bool InMenu, string BodyMarkdown);
