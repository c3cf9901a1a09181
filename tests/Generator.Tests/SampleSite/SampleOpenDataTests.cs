using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>The open data of the sample site against the national standard and the content files.</summary>
public sealed class SampleOpenDataTests(SampleSiteFixture sample)
{
    [Fact]
    public void The_places_csv_follows_the_national_standard_schema()
    {
        // Given the standard's own schema (read from ../shared/standards, never copied)
        var schemaPath = Path.Combine(Repository.Root, "..", "shared", "standards", "lieux-mediation-numerique", "schema.json");
        if (!File.Exists(schemaPath)) Repository.SkipUnlessCi($"The national standard's schema is needed: {schemaPath} is missing.");
        var fields = JsonNode.Parse(File.ReadAllText(schemaPath))!["fields"]!.AsArray().Select(f => f!).ToList();
        sample.AssertBuilt();

        // When the exported CSV is read back
        var table = CsvTableReader.Read(File.ReadAllText(Path.Combine(sample.Output, "donnees/lieux-de-mediation-numerique.csv")), "lieux.csv", new DiagnosticBag())!;
        var header = table.Header.Select(h => h.Value).ToList();

        // Then its columns are the standard's fields, in the standard's order
        Assert.Equal(fields.Select(f => (string)f["name"]!).ToList(), header);
        // one row per place file
        Assert.Equal(sample.Content.Places.Count, table.Rows.Count);
        // and every value matches its field's pattern; required fields are filled (« pivot » excepted:
        // editors may not know a SIRET, which the national cartography then asks for)
        var problems = new List<string>();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                var field = fields[i];
                var name = (string)field["name"]!;
                var value = row[i].Value;
                var constraints = field["constraints"];
                if (value.Length == 0)
                {
                    if (constraints?["required"]?.GetValue<bool>() == true && name != "pivot") problems.Add($"{row[0].Value}: {name} is required");
                    continue;
                }
                if (constraints?["pattern"] is { } pattern && !Regex.IsMatch(value, (string)pattern!))
                    problems.Add($"{row[0].Value}: {name} « {value} » does not match {pattern}");
                if (constraints?["maxLength"] is { } max && value.Length > (int)max) problems.Add($"{row[0].Value}: {name} is too long");
                if ((string?)field["type"] == "number" && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) problems.Add($"{row[0].Value}: {name} is not a number");
                if ((string?)field["type"] == "date" && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) problems.Add($"{row[0].Value}: {name} is not a date");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
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
