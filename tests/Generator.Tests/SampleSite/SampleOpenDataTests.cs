using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>The open data of the sample site against the national standard and the content files.</summary>
public sealed class SampleOpenDataTests(SampleSiteFixture sample)
{
    private RawCsv PlacesCsv()
    {
        sample.AssertBuilt();
        return CsvTableReader.Read(File.ReadAllText(Path.Combine(sample.Output, "donnees/lieux-de-mediation-numerique.csv")), "lieux.csv", new DiagnosticBag())!;
    }

    [Fact]
    public async Task Every_row_of_the_places_csv_is_valid_against_the_national_standard_schema()
    {
        // Given the standard's own schema (read from ../shared/standards, never copied)
        var standard = await Interop.NationalStandard.LoadAsync();

        // When the exported CSV is read back, each row as the JSON object the schema describes
        var table = PlacesCsv();
        var header = table.Header.Select(h => h.Value).ToList();
        var rows = table.Rows.Select(r => standard.ToJson(header, r.Select(c => c.Value).ToList())).ToList();

        // Then its columns are the standard's fields, in the standard's order, ids are unique,
        Assert.Equal(standard.Columns, header);
        Assert.Empty(Interop.NationalStandard.DuplicateIds(rows));
        // and every row passes the schema, required « pivot » and coordinates included
        var problems = rows.SelectMany(r => standard.Problems(r).Select(p => $"{(string?)r["id"]}: {p}")).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} problems in {rows.Count} rows:\n" + string.Join("\n", problems));
        Assert.All(rows, r => Assert.NotNull(r["latitude"]));
    }

    [Fact]
    public void The_places_csv_has_one_row_per_place_and_one_per_commune_a_tour_will_visit()
    {
        var content = sample.Content;
        // By hand: a tour's row per commune with a stop from the build's day on that is not cancelled
        var served = content.Stops.Where(s => s.Date >= Sample.Today && s.Status != "annule")
            .Select(s => $"{s.Tour}-{s.Commune}").Distinct().Order(StringComparer.Ordinal).ToList();
        var table = PlacesCsv();
        var ids = table.Rows.Select(r => r[0].Value).ToList();
        var itinerance = table.Header.Select(h => h.Value).ToList().IndexOf("itinerance");

        Assert.NotEmpty(served);
        Assert.Equal(content.Places.Select(p => p.Slug).Concat(served).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.All(table.Rows.Where(r => served.Contains(r[0].Value)), r => Assert.Equal("Itinérant", r[itinerance].Value));
        // a commune whose only visits are past or cancelled has no row
        var gone = content.Stops.Select(s => $"{s.Tour}-{s.Commune}").Distinct().Except(served).ToList();
        Assert.NotEmpty(gone);
        Assert.DoesNotContain(gone, ids.Contains);
    }

    [Fact]
    public void The_geojson_has_one_point_per_place_longitude_first()
    {
        sample.AssertBuilt();
        var geo = JsonNode.Parse(File.ReadAllText(Path.Combine(sample.Output, "donnees/lieux.geojson")))!;
        var features = geo["features"]!.AsArray();

        Assert.Equal("FeatureCollection", (string)geo["type"]!);
        Assert.Equal(sample.Content.Places.Count, features.Count);
        foreach (var feature in features)
        {
            var coordinates = feature!["geometry"]!["coordinates"]!.AsArray();
            // RFC 7946: [longitude, latitude]; in the sample's territories longitude < 2 and latitude > 42
            Assert.InRange((double)coordinates[0]!, -1.0, 2.0);
            Assert.InRange((double)coordinates[1]!, 42.0, 48.0);
            Assert.StartsWith("https://", (string)feature["properties"]!["url"]!);
        }
    }

    private static double Radius() =>
        (double)JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "statiq.json")))!["rayon_proximite_km"]!;

    [Fact]
    public void The_coverage_page_lists_the_communes_beyond_the_radius_of_every_place()
    {
        sample.AssertBuilt();
        var content = sample.Content;
        // By hand: a commune is covered when some place is within the radius of its centre.
        var uncovered = content.Communes
            .Where(c => content.Places.Min(p => Haversine.Km((c.Latitude, c.Longitude), content.Location(p))) > Radius())
            .Select(c => c.Name)
            .ToHashSet();
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(sample.Output, "couverture/index.html")));

        var listed = page.QuerySelectorAll("table.coverage tbody th a").Select(a => a.TextContent).ToHashSet();

        Assert.NotEmpty(uncovered);
        Assert.Equal(uncovered.Order(), listed.Order());
        var csv = File.ReadAllLines(Path.Combine(sample.Output, "donnees/couverture.csv"));
        Assert.Equal(content.Communes.Count + 1, csv.Length);
        Assert.Equal(uncovered.Count, csv.Count(l => l.Contains(",non,", StringComparison.Ordinal)));
    }
}
