using System.Xml.Linq;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>The sample site as a web of links: nothing leads nowhere, everything can be reached, and
/// sitemap.xml and robots.txt tell search engines about every page.</summary>
public sealed class SampleLinksTests(SampleSiteFixture sample)
{
    [Fact]
    public void Every_internal_link_leads_to_a_file_of_the_output()
    {
        sample.AssertBuilt();
        var files = Sample.Files(sample.Output).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var checkedLinks = 0;
        foreach (var path in Sample.HtmlPages(sample.Output))
        {
            foreach (var url in InternalLinks(path))
            {
                checkedLinks++;
                if (!files.Contains(Sample.FileOf(url))) problems.Add($"{path}: {url} → {Sample.FileOf(url)} does not exist");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
        Assert.True(checkedLinks > 1000, $"only {checkedLinks} links checked: the selector is likely wrong");
    }

    [Fact]
    public void Every_page_but_the_404_can_be_reached_by_following_links_from_the_home_page()
    {
        sample.AssertBuilt();
        var reached = new HashSet<string>(StringComparer.Ordinal) { "index.html" };
        var queue = new Queue<string>(reached);
        while (queue.Count > 0)
        {
            foreach (var url in InternalLinks(queue.Dequeue(), "a[href]"))
            {
                var file = Sample.FileOf(url);
                if (file.EndsWith(".html", StringComparison.Ordinal) && File.Exists(Path.Combine(sample.Output, file)) && reached.Add(file)) queue.Enqueue(file);
            }
        }

        // 404.html is served in place of missing pages; no page needs to link to it, nor to a page that only
        // sends on (not among HtmlPages): a poster's short address is reached from paper, a redirect from old links.
        var unreached = Sample.HtmlPages(sample.Output).Where(p => p != "404.html" && !reached.Contains(p)).ToList();
        Assert.True(unreached.Count == 0, "Not reachable from the home page:\n" + string.Join("\n", unreached));
    }

    [Fact]
    public void The_sitemap_is_xml_listing_the_absolute_url_of_every_indexed_page_but_the_404_with_its_content_date()
    {
        sample.AssertBuilt();
        var text = File.ReadAllText(Path.Combine(sample.Output, "sitemap.xml"));

        var xml = XDocument.Parse(text); // throws on malformed XML
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Equal(ns + "urlset", xml.Root!.Name);
        var listed = xml.Root.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();

        Assert.All(listed, url => Assert.True(Uri.TryCreate(url, UriKind.Absolute, out _) && url.StartsWith(sample.Content.BaseUrl.AbsoluteUri, StringComparison.Ordinal), url));
        Assert.Equal(listed.Count, listed.Distinct().Count());
        var expected = Sample.HtmlPages(sample.Output)
            .Where(p => p != "404.html" && !File.ReadAllText(Path.Combine(sample.Output, p)).Contains("<meta name=\"robots\" content=\"noindex\"", StringComparison.Ordinal))
            .Select(p => new Uri(sample.Content.BaseUrl, Sample.RouteOf(p).TrimStart('/')).AbsoluteUri)
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, listed.Order(StringComparer.Ordinal));

        // A place's page was last changed on its file's « date_maj », as the editors wrote it.
        var lastmod = xml.Root.Elements(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        foreach (var place in sample.Content.Places)
        {
            var written = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(Path.Combine(Sample.RepositoryRoot, "content", "lieux", place.Slug + ".yml")), @"date_maj: (\d{4}-\d{2}-\d{2})").Groups[1].Value;
            Assert.Equal(written, lastmod[new Uri(sample.Content.BaseUrl, $"lieux/{place.Slug}/").AbsoluteUri]);
        }
        Assert.All(lastmod.Values.OfType<string>(), d => Assert.True(DateOnly.TryParseExact(d, "yyyy-MM-dd", out _), d));
    }

    [Fact]
    public void Robots_txt_names_the_sitemap()
    {
        sample.AssertBuilt();

        OutputAssert.File(sample.Output, "robots.txt",
            "User-agent: *",
            $"Sitemap: {new Uri(sample.Content.BaseUrl, "sitemap.xml").AbsoluteUri}",
            "! Disallow: /");
    }

    /// <summary>Site-relative href and src values of a page (not « //host », not « #anchor »).</summary>
    private IEnumerable<string> InternalLinks(string path, string selector = "[href], [src]")
    {
        var page = OutputAssert.Html(sample.Output, path);
        return page.QuerySelectorAll(selector)
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") })
            .OfType<string>()
            .Where(u => u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal));
    }
}
