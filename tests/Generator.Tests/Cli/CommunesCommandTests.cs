using Relais.Generator.Cli;

namespace Relais.Generator.Tests.Cli;

/// <summary>`communes`: content/communes.csv filled from the official lists, for the site's departments only.</summary>
public sealed class CommunesCommandTests
{
    [Fact]
    public void geo_api_records_become_the_communes_of_the_site_departments_longitude_second()
    {
        // Given a site for departments 37 and 65, and geo.api.gouv.fr records (GeoJSON centre: longitude first)
        using var site = TestSite.Create("""
            -- communes.json --
            [
              {"nom":"Loches","code":"37132","codesPostaux":["37600"],"centre":{"type":"Point","coordinates":[0.9958,47.1283]},"population":6300,"codeDepartement":"37","codeRegion":"24"},
              {"nom":"Tours","code":"37261","codesPostaux":["37000","37100","37200"],"centre":{"type":"Point","coordinates":[0.6848,47.3941]},"population":136000,"codeDepartement":"37","codeRegion":"24"},
              {"nom":"Lyon","code":"69123","codesPostaux":["69001"],"centre":{"type":"Point","coordinates":[4.8357,45.764]},"population":520000,"codeDepartement":"69","codeRegion":"84"}
            ]
            """);
        using var output = new StringWriter();
        using var error = new StringWriter();

        // When the command imports them
        var exit = CommunesCommand.Run(site.Root, Path.Combine(site.Root, "communes.json"), output, error);

        // Then the communes of 37 and 65 replace the list, latitude then longitude, postal codes joined by « | »
        Assert.Equal(0, exit);
        var lines = File.ReadAllLines(Path.Combine(site.Root, "content/communes.csv"));
        Assert.Equal("code_insee,nom,codes_postaux,latitude,longitude,population,dep_code", lines[0]);
        Assert.Equal(["37132,Loches,37600,47.1283,0.9958,6300,37", "37261,Tours,37000|37100|37200,47.3941,0.6848,136000,37"], lines[1..]);
        Assert.Contains("2 communes écrites", output.ToString());
        // and the site still validates (the places of the base site use no commune that went away)
        var (_, diagnostics) = site.Validate();
        DiagnosticAssert.NoErrors(diagnostics);
    }

    [Fact]
    public void The_data_gouv_csv_of_all_communes_gives_the_site_departments_and_a_valid_list()
    {
        var reference = Path.Combine(Repository.SharedData, "communes-france.csv");
        if (!File.Exists(reference)) Repository.SkipUnlessCi($"The reference list of French communes is needed: {reference} is missing.");
        using var site = TestSite.Create("");
        using var output = new StringWriter();

        var exit = CommunesCommand.Run(site.Root, reference, output, new StringWriter());

        Assert.Equal(0, exit);
        var expected = File.ReadLines(reference).Skip(1).Select(l => l.Split(','))
            .Count(cells => cells[^2] is "37" or "65" && cells[3].Length > 0);
        var written = File.ReadAllLines(Path.Combine(site.Root, "content/communes.csv")).Skip(1).ToList();
        Assert.Equal(expected, written.Count);
        Assert.All(written, line => Assert.Matches("^(37|65)", line));
        var (_, diagnostics) = site.Validate();
        DiagnosticAssert.NoErrors(diagnostics);
    }

    [Fact]
    public void A_missing_source_file_is_a_usage_error()
    {
        using var site = TestSite.Create("");
        using var error = new StringWriter();

        var exit = CommunesCommand.Run(site.Root, Path.Combine(site.Root, "absent.csv"), new StringWriter(), error);

        Assert.Equal(2, exit);
        Assert.Contains("introuvable", error.ToString());
    }
}
