using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Relais.Model.Pages;

namespace Relais.Generator.Plan;

/// <summary>
/// Editors' Markdown to HTML that cannot carry markup or scripts: raw HTML is shown as text,
/// links keep only http(s), mailto, tel and site-relative targets, images become their
/// description (no third-party requests), and headings start at the level the page leaves free.
/// </summary>
public static class EditorMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .Build();

    public static Html ToHtml(string? markdown, int minHeadingLevel = 2)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return new Html("");
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            heading.Level = Math.Clamp(heading.Level, minHeadingLevel, 6);
        }
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (link.IsImage || !IsAllowed(link.Url)) Unwrap(link);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new Html(writer.ToString().Trim());
    }

    /// <summary>
    /// Editors' Markdown as plain text, for formats that carry no markup (the national CSV): Markdig
    /// renders it without emphasis, link targets or HTML; a paragraph is one line (its soft line
    /// breaks become spaces) and blocks are separated by a line break. Null when there is no text.
    /// </summary>
    public static string? ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return null;
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var soft in document.Descendants<LineBreakInline>().Where(b => !b.IsHard).ToList())
        {
            soft.ReplaceBy(new LiteralInline(" "));
        }
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var text = writer.ToString().Trim();
        return text.Length == 0 ? null : text;
    }

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return false;
        var trimmed = url.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal)) return true;
        if (trimmed.StartsWith('#')) return true;
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https" or "mailto" or "tel";
    }

    /// <summary>Keeps a link's text (or an image's description) in place of the link.</summary>
    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()))), copyChildren: false);
            return;
        }
        Inline anchor = link;
        foreach (var child in link.ToList())
        {
            child.Remove();
            anchor.InsertAfter(child);
            anchor = child;
        }
        link.Remove();
    }
}
