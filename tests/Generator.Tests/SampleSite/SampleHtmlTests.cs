using AngleSharp.Dom;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>What every page of the sample site must have: language, title, description, canonical URL (a printed
/// page's, that of the page it prints, with noindex),
/// landmarks, skip link, breadcrumb, one h1, and no inline script or web font. The pages that only send on
/// (a poster's short address « v/… », a redirect) are not pages of their own: <c>SampleRedirectTests</c> reads them.</summary>
public sealed class SampleHtmlTests(SampleSiteFixture sample)
{
    private IEnumerable<(string Path, IDocument Page)> Pages()
    {
        sample.AssertBuilt();
        var pages = Sample.HtmlPages(sample.Output);
        Assert.NotEmpty(pages);
        return pages.Select(p => (p, OutputAssert.Html(sample.Output, p)));
    }

    [Fact]
    public void Every_page_is_in_French_with_a_unique_title_a_description_and_an_absolute_canonical_url()
    {
        var problems = new List<string>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, page) in Pages())
        {
            if (page.DocumentElement.GetAttribute("lang") != "fr") problems.Add($"{path}: lang is « {page.DocumentElement.GetAttribute("lang")} »");

            var title = page.Title?.Trim() ?? "";
            if (title.Length == 0) problems.Add($"{path}: empty <title>");
            else if (!titles.TryAdd(title, path)) problems.Add($"{path}: same title as {titles[title]}: « {title} »");

            var description = page.QuerySelectorAll("meta[name=description]").ToList();
            if (description.Count != 1 || string.IsNullOrWhiteSpace(description[0].GetAttribute("content")))
                problems.Add($"{path}: no meta description");

            // A poster or a sheet (…/affiche/, …/suite/) is the printed form of the page above it: it is
            // not to be indexed, and its canonical URL is that page's.
            var route = Sample.RouteOf(path);
            var printed = route.EndsWith("/affiche/", StringComparison.Ordinal) || route.EndsWith("/suite/", StringComparison.Ordinal);
            var noindex = page.QuerySelectorAll("meta[name=robots]").Any(m => m.GetAttribute("content") == "noindex");
            if (noindex != printed) problems.Add($"{path}: {(printed ? "a printed page without" : "a page with")} noindex");
            if (printed) route = route[..(route.TrimEnd('/').LastIndexOf('/') + 1)];
            var canonical = page.QuerySelectorAll("link[rel=canonical]").Select(l => l.GetAttribute("href")).ToList();
            var expected = new Uri(sample.Content.BaseUrl, route.TrimStart('/')).AbsoluteUri;
            if (canonical.Count != 1 || canonical[0] != expected)
                problems.Add($"{path}: canonical « {string.Join(", ", canonical)} », expected « {expected} »");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_page_has_landmarks_a_skip_link_to_its_content_a_breadcrumb_and_one_h1()
    {
        var problems = new List<string>();
        foreach (var (path, page) in Pages())
        {
            var body = page.Body!;
            if (page.QuerySelectorAll("main").Length != 1) problems.Add($"{path}: {page.QuerySelectorAll("main").Length} <main>");
            if (body.Children.Count(c => c.LocalName == "header") != 1) problems.Add($"{path}: no page <header>");
            if (body.Children.Count(c => c.LocalName == "footer") != 1) problems.Add($"{path}: no page <footer>");

            // The skip link is the first link of the page and leads to an element that exists: the main content.
            var first = body.QuerySelector("a");
            if (first?.GetAttribute("href") != "#contenu") problems.Add($"{path}: first link is « {first?.GetAttribute("href")} », not the skip link to #contenu");
            if (page.GetElementById("contenu")?.LocalName != "main") problems.Add($"{path}: #contenu is not the <main>");

            var h1 = page.QuerySelectorAll("h1");
            if (h1.Length != 1 || h1[0].Text().Length == 0) problems.Add($"{path}: {h1.Length} <h1>");
            else if (h1[0].Closest("main") is null) problems.Add($"{path}: the <h1> is outside <main>");

            var breadcrumb = page.QuerySelectorAll("nav[aria-label=\"Fil d'Ariane\"]");
            if (path == "index.html") continue;
            if (breadcrumb.Length != 1)
            {
                problems.Add($"{path}: no breadcrumb");
                continue;
            }
            var crumbs = breadcrumb[0].QuerySelectorAll("a").ToList();
            if (crumbs.Count < 2 || crumbs[0].GetAttribute("href") != "/") problems.Add($"{path}: the breadcrumb does not start at the home page");
            if (crumbs.Count > 0 && (crumbs[^1].GetAttribute("aria-current") != "page" || crumbs[^1].GetAttribute("href") != Sample.RouteOf(path)))
                problems.Add($"{path}: the breadcrumb does not end at the page itself, marked aria-current");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_page_has_an_inline_script_an_event_handler_attribute_or_a_web_font()
    {
        var problems = new List<string>();
        foreach (var (path, page) in Pages())
        {
            foreach (var script in page.QuerySelectorAll("script"))
            {
                if (script.GetAttribute("type") == "application/ld+json")
                {
                    // Data for search engines, never run: it must be JSON and unable to close its element.
                    if (script.TextContent.Contains("</", StringComparison.Ordinal)) problems.Add($"{path}: JSON-LD contains « </ »");
                    try { System.Text.Json.JsonDocument.Parse(script.TextContent).Dispose(); }
                    catch (System.Text.Json.JsonException) { problems.Add($"{path}: JSON-LD is not JSON"); }
                    continue;
                }
                var src = script.GetAttribute("src");
                if (string.IsNullOrEmpty(src) || script.TextContent.Trim().Length > 0) problems.Add($"{path}: inline <script>");
                else if (!IsSiteRelative(src)) problems.Add($"{path}: script from elsewhere: {src}");
            }
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                    problems.Add($"{path}: <{element.LocalName} {attribute.Name}>");
                if (element.HasAttribute("style")) problems.Add($"{path}: style attribute on <{element.LocalName}>");
            }
            if (page.QuerySelectorAll("style").Length > 0) problems.Add($"{path}: <style> element");
            foreach (var link in page.QuerySelectorAll("link").Where(l => l.GetAttribute("rel") != "canonical"))
            {
                var href = link.GetAttribute("href") ?? "";
                if (!IsSiteRelative(href)) problems.Add($"{path}: <link rel={link.GetAttribute("rel")}> to elsewhere: {href}");
                if (link.GetAttribute("as") == "font" || href.EndsWith(".woff2", StringComparison.Ordinal) || href.EndsWith(".woff", StringComparison.Ordinal))
                    problems.Add($"{path}: font {href}");
            }
        }

        // The stylesheet the pages load brings no font and nothing from elsewhere.
        foreach (var css in Sample.Files(sample.Output).Where(f => f.EndsWith(".css", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(sample.Output, css));
            foreach (var banned in new[] { "@font-face", "@import", "url(http", "url(//" })
                if (text.Contains(banned, StringComparison.OrdinalIgnoreCase)) problems.Add($"{css}: {banned}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static bool IsSiteRelative(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);
}
