using Relais.Generator.Interop;
using Relais.Generator.Plan;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// The sample's adresses.json against its output: every page and every page that sends on, once, with
/// what finds a fallback. (That two builds write it byte for byte the same, under any culture, is checked
/// with every other file by <c>SampleOutputTests</c> and <c>CultureIntegrationTests</c>.)
/// </summary>
public sealed class SampleAddressesTests(SampleSiteFixture sample)
{
    private IReadOnlyList<ManifestEntry> Manifest()
    {
        sample.AssertBuilt();
        return AddressManifestJson.Read(File.ReadAllText(Path.Combine(sample.Output, "adresses.json")));
    }

    [Fact]
    public void The_manifest_lists_every_page_of_the_output_once_in_order_one_line_each()
    {
        var manifest = Manifest();
        var lines = File.ReadAllLines(Path.Combine(sample.Output, "adresses.json"));

        // Every HTML file written, page or redirect, is an address of the manifest, and nothing else is
        var pages = Sample.HtmlPages(sample.Output).Concat(Sample.RedirectPages(sample.Output)).Select(Sample.RouteOf).Order(StringComparer.Ordinal);
        Assert.Equal(pages, manifest.Select(e => e.Address));
        Assert.Equal(manifest.Select(e => e.Address).Order(StringComparer.Ordinal), manifest.Select(e => e.Address));

        // in one line per address between the opening and closing lines
        Assert.Equal($"{{\"site\":\"{sample.Content.BaseUrl.AbsoluteUri}\",\"adresses\":[", lines[0]);
        Assert.Equal("]}", lines[^1]);
        Assert.Equal(manifest.Count, lines.Length - 2);
        Assert.All(lines[1..^1], l => Assert.StartsWith("{\"adresse\":\"/", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_address_names_its_kind_its_content_and_the_commune_page_to_fall_back_on()
    {
        var manifest = Manifest();
        var byAddress = manifest.ToDictionary(e => e.Address, StringComparer.Ordinal);
        var kinds = PageKinds.All.Select(k => k.Name).ToHashSet(StringComparer.Ordinal);

        foreach (var entry in manifest)
        {
            Assert.Contains(entry.Kind, kinds);
            // A page's keys start with its kind; a redirect standing for a page no longer there carries that page's keys
            Assert.All(entry.Keys, k => Assert.True(entry.Kind == "redirect" ? kinds.Contains(k.Split(':')[0]) : k.StartsWith(entry.Kind + ":", StringComparison.Ordinal), $"{entry.Address}: key {k}"));
            // its commune is a commune page of the manifest, its department a department page
            if (entry.Commune is { } commune) Assert.Equal("commune", byAddress[commune].Kind);
            if (entry.Department is { } department) Assert.Equal("department", byAddress[department].Kind);
            // and what sends on leads to a page that does not
            if (entry.Target is { } target) Assert.Null(byAddress[target].Target);
            Assert.Equal(entry.Kind is "redirect" or "short-address", entry.Target is not null);
        }

        // Pages about something in a commune say which; a commune's page, its department; content has keys
        Assert.All(manifest.Where(e => e.Kind is "visit" or "visit-poster" or "next-steps-sheet" or "short-address" or "place" or "workshop" or "commune-poster"),
            e => Assert.True(e.Commune is not null && e.Keys.Count > 0, e.Address));
        Assert.All(manifest.Where(e => e.Kind == "commune"), e => Assert.True(e.Department is not null && e.Keys.Count == 1, e.Address));
        Assert.All(manifest.Where(e => e.Kind is "tour" or "department" or "content"), e => Assert.Single(e.Keys));
        Assert.Contains(manifest, e => e.Address == "/lieux/epn-loches/" && e.Commune == "/communes/loches-37132/" && e.Keys.Single() == "place:37132:espace-public-numerique-de-loches");
    }

    [Fact]
    public void Every_page_that_sends_on_leads_to_the_page_the_manifest_says_and_that_page_is_one_of_its_own()
    {
        var targets = Manifest().Where(e => e.Target is not null).ToDictionary(e => e.Address, e => e.Target, StringComparer.Ordinal);
        var redirects = Sample.RedirectPages(sample.Output);
        var pages = Sample.HtmlPages(sample.Output).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(targets.Keys.Order(StringComparer.Ordinal), redirects.Select(Sample.RouteOf).Order(StringComparer.Ordinal));
        foreach (var page in redirects)
        {
            var target = OutputAssert.RedirectTarget(sample.Output, page);
            Assert.Equal(targets[Sample.RouteOf(page)], target);
            Assert.Contains(Sample.FileOf(target!), pages);
        }
    }
}
