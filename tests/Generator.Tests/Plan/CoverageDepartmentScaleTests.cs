using System.Globalization;
using System.Text;

namespace Relais.Generator.Tests.Plan;

/// <summary>A department's coverage pages at national scale: the largest French department has about 900 communes.</summary>
public sealed class CoverageDepartmentScaleTests
{
    /// <summary>Issue 15: nothing over 500 KB transferred, counted here before compression.</summary>
    private const int PageBudgetBytes = 500 * 1024;

    private const int Communes = 900;

    [Fact]
    public void A_department_of_900_communes_with_long_names_has_pages_under_500_KB()
    {
        // Given a department of 900 communes with long names, spread over 100 km, and one place of help
        var csv = new StringBuilder("code_insee,nom,codes_postaux,latitude,longitude,population,dep_code\n");
        for (var i = 0; i < Communes; i++)
        {
            var lat = 46.7 + i % 30 * 0.033;
            var lon = 0.05 + i / 30 * 0.043;
            csv.Append(CultureInfo.InvariantCulture, $"37{i + 1:000},Saint-Martin-de-la-Grande-Rivière-{i},37100,{lat:0.000},{lon:0.000},{100 + i * 37 % 9000},37\n");
        }
        using var site = TestSite.Create($"""
            -- content/communes.csv --
            {csv}
            -- content/lieux/epn.yml --
            nom: Espace public numérique
            typologie: [EPN]
            services: [Maîtrise des outils numériques du quotidien]
            adresse: 1 place de la Mairie
            code_postal: "37100"
            code_insee: "37001"
            latitude: 46.7
            longitude: 0.05
            date_maj: 2026-10-01
            """);

        // When the site is built
        var (output, diagnostics) = site.Build();
        Assert.True(output is not null, string.Join("\n", diagnostics));

        // Then each order's page lists all 900 communes, its map marks them all, and it stays under the budget
        foreach (var sort in new[] { "", "par-distance/", "par-habitants/" })
        {
            var path = Path.Combine(output, "couverture", "37-indre-et-loire", sort, "index.html");
            var html = File.ReadAllText(path);
            Assert.Equal(Communes, CountOf(html, "<tr class=\"band-"));
            Assert.Equal(Communes, CountOf(html, "<use href="));
            var bytes = new FileInfo(path).Length;
            Assert.True(bytes < PageBudgetBytes, $"{sort}: {bytes} bytes ({bytes / Communes} a commune)");
        }
        Assert.Equal(Communes + 1, File.ReadAllLines(Path.Combine(output, "donnees", "couverture", "37-indre-et-loire.csv")).Length);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
