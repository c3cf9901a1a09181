using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Model;

namespace Relais.Generator.Tests.Integration;

/// <summary>The repository's sample site: valid, and true to the official commune data.</summary>
public sealed class SampleContentTests
{
    /// <summary>Beyond this, a sample commune's centre is not the official one.</summary>
    private const double MaxDistanceKm = 10;

    /// <summary>Warnings the sample has on purpose, at the tests' fixed date.</summary>
    private static readonly string[] ExpectedWarningCodes =
    [
        DiagnosticCatalog.StaleData.Code, DiagnosticCatalog.CommuneCentreUsed.Code, DiagnosticCatalog.PastStop.Code,
    ];

    [Fact]
    public void The_sample_validates_with_no_error()
    {
        using var site = TestSite.FromSample();

        var (validated, diagnostics) = site.Validate();

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.NotNull(validated);
        Assert.All(diagnostics, d => Assert.Contains(d.Code, ExpectedWarningCodes));
        Assert.NotEmpty(validated.Places);
        Assert.NotEmpty(validated.Tours);
        Assert.NotEmpty(validated.Workshops);
        Assert.NotEmpty(validated.Pages);
    }

    [Fact]
    public void Sample_communes_match_the_official_list()
    {
        // Given the official list, when this machine has it
        var officialPath = Path.Combine(Repository.SharedData, "communes-france.csv");
        if (!File.Exists(officialPath))
            Repository.SkipUnlessCi($"{officialPath} is absent: the sample communes cannot be checked against the official list.");
        var official = ReadOfficial(officialPath);
        using var site = TestSite.FromSample();

        // When
        var (validated, _) = site.Validate();

        // Then
        Assert.NotNull(validated);
        var problems = new List<string>();
        foreach (var commune in validated.Communes)
        {
            if (!official.TryGetValue(commune.Code.Value, out var reference))
            {
                problems.Add($"{commune.Code.Value} {commune.Name}: no such commune code");
                continue;
            }
            if (reference.Name != commune.Name) problems.Add($"{commune.Code.Value}: named « {commune.Name} », officially « {reference.Name} »");
            if (reference.Department != commune.DepartmentCode) problems.Add($"{commune.Code.Value}: department {commune.DepartmentCode}, officially {reference.Department}");
            var extra = commune.PostalCodes.Select(p => p.Value).Except(reference.PostalCodes).ToList();
            if (extra.Count > 0) problems.Add($"{commune.Code.Value} {commune.Name}: postal code {string.Join(", ", extra)} is not one of {string.Join(", ", reference.PostalCodes)}");
            if (reference.Centre is not { } centre) problems.Add($"{commune.Code.Value} {commune.Name}: no official centre to compare with");
            else if (Relais.Generator.Resolve.GreatCircle.Km(commune.Location, centre) is var km && km > MaxDistanceKm)
                problems.Add($"{commune.Code.Value} {commune.Name}: centre {km:0.0} km from the official one");
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private sealed record OfficialCommune(string Name, string[] PostalCodes, GeoPoint? Centre, string Department);

    private static Dictionary<string, OfficialCommune> ReadOfficial(string path)
    {
        var table = CsvTableReader.Read(File.ReadAllText(path), "communes-france.csv", new DiagnosticBag());
        Assert.NotNull(table);
        var column = table.Header.Select((cell, i) => (cell.Value, i)).ToDictionary(x => x.Value, x => x.i);
        var communes = new Dictionary<string, OfficialCommune>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string Cell(string name) => row[column[name]].Value;
            var centre = double.TryParse(Cell("latitude"), System.Globalization.CultureInfo.InvariantCulture, out var lat)
                && double.TryParse(Cell("longitude"), System.Globalization.CultureInfo.InvariantCulture, out var lon)
                    ? new GeoPoint(lat, lon)
                    : (GeoPoint?)null;
            communes[Cell("code_insee")] = new OfficialCommune(Cell("nom"), Cell("codes_postaux").Split('|'), centre, Cell("dep_code"));
        }
        Assert.True(communes.Count > 30_000, $"{path} holds {communes.Count} communes: not the whole list");
        return communes;
    }
}
