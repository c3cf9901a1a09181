using AngleSharp.Html.Parser;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>« Et après le passage du bus ? » on the sample: the coverage page's section, the CSV of past visits, and the pages of visits followed by nothing.</summary>
public sealed class SampleFollowUpTests(SampleSiteFixture sample)
{
    [Fact]
    public void The_coverage_page_shows_the_shares_without_follow_up_by_department_and_by_tour()
    {
        sample.AssertBuilt();
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(sample.Output, "couverture/index.html")));

        var section = page.QuerySelector("section[aria-labelledby='apres-le-passage']");
        Assert.NotNull(section);
        Assert.Equal("Et après le passage du bus ?", section.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Passages passés sans suite, par département", "Passages passés sans suite, par tournée"],
            section.QuerySelectorAll("table.stack-on-phone caption").Select(c => c.TextContent));
        var tours = section.QuerySelectorAll("table")[1].QuerySelectorAll("tbody th[scope='row']").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(sample.Content.TourFiles.Where(t => PastStops(t.Slug).Any()).Select(t => t.Name).Order(StringComparer.Ordinal), tours.Order(StringComparer.Ordinal));
        Assert.NotNull(section.QuerySelector($"a[href='{Relais.Model.Routes.FollowUpCsv}']"));
    }

    [Fact]
    public void The_csv_has_one_row_per_past_visit_and_the_page_of_each_without_follow_up_says_where_the_nearest_help_is()
    {
        sample.AssertBuilt();
        var csv = File.ReadAllLines(Path.Combine(sample.Output, "donnees/suivi-des-passages.csv"));

        Assert.StartsWith("tournee,date,code_insee,commune,departement,suivi,", csv[0], StringComparison.Ordinal);
        Assert.Equal(PastStops(null).Count(), csv.Length - 1);
        var without = csv.Skip(1).Where(l => l.Contains(",non,", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(without);
        foreach (var row in without)
        {
            var path = new Uri(row[(row.LastIndexOf(',') + 1)..]).AbsolutePath.Trim('/');
            var html = File.ReadAllText(Path.Combine(sample.Output, path, "index.html"));
            Assert.Contains("Rien n'est prévu à moins de", html, StringComparison.Ordinal);
            Assert.Contains("L'aide la plus proche", html, StringComparison.Ordinal);
            var sheet = File.ReadAllText(Path.Combine(sample.Output, path, "suite", "index.html"));
            Assert.Contains("Rien n'est prévu à moins de", sheet, StringComparison.Ordinal);
        }
    }

    /// <summary>The stops of the sample (of one tour, or all) whose day is before the build's and which were not cancelled.</summary>
    private IEnumerable<StopEntry> PastStops(string? tour) =>
        sample.Content.Stops.Where(s => (tour is null || s.Tour == tour) && s.Date < Sample.Today && s.Status != "annule");
}
