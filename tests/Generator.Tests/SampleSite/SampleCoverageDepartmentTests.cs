using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Relais.Model;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>Each department's coverage pages (/couverture/&lt;département&gt;/): map, legend, the table in three orders, its CSV.</summary>
public sealed class SampleCoverageDepartmentTests(SampleSiteFixture sample)
{
    private static readonly string[] Sorts = ["", "par-distance/", "par-habitants/"];

    private IEnumerable<(Department Department, IReadOnlyList<CommuneRow> Communes)> Departments()
    {
        sample.AssertBuilt();
        return sample.Content.Communes.GroupBy(c => c.Department, StringComparer.Ordinal)
            .Select(g => (Relais.Model.Departments.Get(g.Key), (IReadOnlyList<CommuneRow>)g.ToList()));
    }

    private IDocument Page(Department department, string sort = "") =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(sample.Output, "couverture", department.Slug, sort, "index.html")));

    /// <summary>The table's rows: commune, inhabitants, distance (null: none), band label, rank (null: left out).</summary>
    private static List<(string Name, int People, double? Km, string Band, int? Rank)> Rows(IDocument page) =>
        page.QuerySelectorAll("table.coverage-communes tbody tr").Select(tr =>
        {
            var cells = tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
            return (tr.QuerySelector("th")!.TextContent.Trim(), Number(cells[0]), Km(cells[1]), cells[2], int.TryParse(Digits(cells[3]), out var rank) ? rank : (int?)null);
        }).ToList();

    private static string Digits(string text) => new(text.Where(char.IsAsciiDigit).ToArray());

    private static int Number(string text) => int.Parse(Digits(text), CultureInfo.InvariantCulture);

    private static double? Km(string text) => text == "aucune" ? null : text.StartsWith("moins d", StringComparison.Ordinal) ? 0 : Number(text);

    [Fact]
    public void Each_department_page_lists_exactly_its_communes_in_every_order()
    {
        foreach (var (department, communes) in Departments())
        {
            foreach (var sort in Sorts)
            {
                var names = Rows(Page(department, sort)).Select(r => r.Name).ToList();
                Assert.Equal(communes.Select(c => c.Name).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
            }
        }
    }

    [Fact]
    public void Each_order_is_right_and_the_sort_links_lead_to_the_three_orders()
    {
        foreach (var (department, _) in Departments())
        {
            var byRank = Rows(Page(department));
            var ranked = byRank.TakeWhile(r => r.Rank is not null).ToList();
            Assert.NotEmpty(ranked);
            Assert.All(byRank.Skip(ranked.Count), r => Assert.Null(r.Rank));
            Assert.Equal(ranked.Select(r => r.Rank!.Value).Order(), ranked.Select(r => r.Rank!.Value));

            // No help at all counts as the farthest.
            var byDistance = Rows(Page(department, "par-distance/")).Select(r => r.Km ?? double.MaxValue).ToList();
            Assert.Equal(byDistance.OrderDescending(), byDistance);

            var byPeople = Rows(Page(department, "par-habitants/")).Select(r => r.People).ToList();
            Assert.Equal(byPeople.OrderDescending(), byPeople);

            foreach (var sort in Sorts)
            {
                var links = Page(department, sort).QuerySelectorAll("nav.sort-control a");
                Assert.Equal(Sorts.Select(s => Routes.CoverageDepartment(department) + s), links.Select(a => a.GetAttribute("href")));
                Assert.Equal(Routes.CoverageDepartment(department) + sort, Assert.Single(links, a => a.GetAttribute("aria-current") == "page").GetAttribute("href"));
            }
        }
    }

    [Fact]
    public void The_map_has_one_mark_per_commune_in_its_bands_colour_and_the_legend_counts_add_up()
    {
        foreach (var (department, communes) in Departments())
        {
            var page = Page(department);
            var map = page.QuerySelector("svg.coverage-map")!;
            Assert.Equal("img", map.GetAttribute("role"));
            Assert.Contains($"{communes.Count}", map.GetAttribute("aria-label"), StringComparison.Ordinal);
            Assert.Equal(communes.Count, map.QuerySelectorAll("use").Length);

            var legend = page.QuerySelectorAll("ul.coverage-legend li").ToList();
            Assert.Equal(SiteSettings.DefaultCoverageBandsKm.Count + 1, legend.Count);
            var rows = Rows(page);
            var total = 0;
            for (var band = 0; band < legend.Count; band++)
            {
                var count = Number(legend[band].QuerySelector("strong")!.TextContent);
                total += count;
                var colour = legend[band].QuerySelector("path")!.GetAttribute("fill");
                // The band's marks: as many as the legend says, each drawn with the band's shape, in the legend's colour.
                var marks = map.QuerySelectorAll($"g.band-{band} use");
                Assert.Equal(count, marks.Length);
                foreach (var mark in marks)
                    Assert.Equal(colour, map.QuerySelector(mark.GetAttribute("href")!)!.GetAttribute("fill"));
                // and the table's rows of that band (its words in the legend) as many.
                var words = legend[band].QuerySelector("span")!.TextContent.Split(" :", 2)[0];
                Assert.Equal(count, rows.Count(r => string.Equals(r.Band, words, StringComparison.OrdinalIgnoreCase)));
            }
            Assert.Equal(communes.Count, total);
        }
    }

    [Fact]
    public void A_communes_band_follows_from_its_distance_and_the_sites_bands()
    {
        var bands = SiteSettings.DefaultCoverageBandsKm;
        foreach (var (department, _) in Departments())
        {
            foreach (var row in Csv(department))
            {
                var km = row[4].Length == 0 ? (double?)null : double.Parse(row[4], CultureInfo.InvariantCulture);
                Assert.Equal(bands.Count(b => km is not { } k || k > b), int.Parse(row[5], CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void The_csv_of_a_department_matches_its_table()
    {
        foreach (var (department, _) in Departments())
        {
            var rows = Rows(Page(department));
            var csv = Csv(department);
            Assert.Equal(rows.Count, csv.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.Equal(rows[i].Rank?.ToString(CultureInfo.InvariantCulture) ?? "", csv[i][0]);
                Assert.Equal(rows[i].Name, csv[i][2]);
                Assert.Equal(rows[i].People.ToString(CultureInfo.InvariantCulture), csv[i][3]);
                // The page rounds to the kilometre, the CSV to a tenth: they differ by half a kilometre at most.
                if (rows[i].Km is { } km && km > 0)
                    Assert.InRange(double.Parse(csv[i][4], CultureInfo.InvariantCulture) - km, -0.55, 0.55);
                else
                    Assert.Equal(rows[i].Km is null, csv[i][4].Length == 0);
                Assert.Equal(rows[i].Band.Replace('\u00A0', ' '), csv[i][6], StringComparer.OrdinalIgnoreCase);
            }
            Assert.Contains(Page(department).QuerySelectorAll("a"), a => a.GetAttribute("href") == Routes.CoverageDepartmentCsv(department));
        }
    }

    [Fact]
    public void The_coverage_page_links_each_department_row_to_its_page()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(sample.Output, "couverture/index.html")));
        var links = page.QuerySelectorAll("table.coverage-bands tbody th a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Departments().Select(d => Routes.CoverageDepartment(d.Department)).Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
    }

    /// <summary>The department's CSV without its header (no field of the sample holds a comma or a quote).</summary>
    private List<string[]> Csv(Department department)
    {
        var lines = File.ReadAllLines(Path.Combine(sample.Output, "donnees/couverture", department.Slug + ".csv"));
        Assert.Equal("rang,code_insee,commune,population,distance_aide_km,bande,bande_distance", lines[0]);
        return lines.Skip(1).Select(l => l.Split(',')).ToList();
    }
}
