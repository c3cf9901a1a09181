using System.Text.RegularExpressions;

namespace Relais.Generator.Tests.Validate;

/// <summary>content/communes.csv, the list every commune reference is checked against.</summary>
public sealed class CommuneListValidationTests
{
    private const string Header = "code_insee,nom,codes_postaux,latitude,longitude,population,dep_code\n";

    private const string Rows = """
        37132,Loches,37600,47.129,0.996,6300,37
        37250,Sorigny,37250,47.243,0.695,3000,37
        37154,Montbazon,37250,47.288,0.713,4200,37
        65444,Tibiran-Jaunac,65150,43.050,0.545,300,65

        """;

    /// <summary>A place in Sorigny, the commune of the list's line 3.</summary>
    private const string PlaceInSorigny = """
        -- content/lieux/mairie.yml --
        nom: Mairie de Sorigny
        adresse: 1 place de l'Église
        code_postal: "37250"
        code_insee: "37250"
        latitude: 47.243
        longitude: 0.695
        date_maj: 2026-10-01
        services: [Aide aux démarches administratives]

        """;

    private static TestSite Site(string communes) => TestSite.Create(PlaceInSorigny + "-- content/communes.csv --\n" + communes);

    [Fact]
    public void The_list_binds_every_commune()
    {
        using var site = Site(Header + Rows);

        var (validated, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
        Assert.Equal(["Loches", "Sorigny", "Montbazon", "Tibiran-Jaunac"], validated!.Communes.Select(c => c.Name));
        Assert.Equal("tibiran-jaunac-65444", validated.Communes[3].Slug);
    }

    [Fact]
    public void A_missing_column_is_named_with_the_expected_header()
    {
        using var site = Site(Header.Edit(",population", "") + Regex.Replace(Rows, @",\d+(,\d\d)$", "$1", RegexOptions.Multiline));

        var (_, diagnostics) = site.Validate();

        // References are not checked against a list that could not be read: one error only.
        DiagnosticAssert.Single(diagnostics, "OFF0101", "content/communes.csv:1:1", "colonne absente : population", "code_insee,nom,codes_postaux,latitude,longitude,population,dep_code");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void An_unknown_column_is_reported_where_it_is()
    {
        using var site = Site(Header.Edit("dep_code\n", "dep_code,reg_code\n") + Rows.Replace(",37\n", ",37,24\n", StringComparison.Ordinal).Replace(",65\n", ",65,76\n", StringComparison.Ordinal));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0102", "content/communes.csv:1:69", "champ « reg_code »", "colonne inconnue", "Colonnes attendues");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_misspelt_column_gets_the_nearest_column()
    {
        using var site = Site(Header.Edit("population", "popualtion") + Rows);

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0102", "content/communes.csv:1:49", "« popualtion »", "Vouliez-vous dire « population » ?");
    }

    [Fact]
    public void The_optional_count_of_people_over_60_binds_and_is_checked_on_every_row()
    {
        const string over60 = "code_insee,nom,codes_postaux,latitude,longitude,population,dep_code,population_60_ans_et_plus\n";
        using (var good = Site(over60 + Rows.Replace(",37\n", ",37,1200\n", StringComparison.Ordinal).Replace(",65\n", ",65,140\n", StringComparison.Ordinal)))
        {
            var (validated, diagnostics) = good.Validate();
            Assert.Empty(diagnostics);
            Assert.Equal([1200, 1200, 1200, 140], validated!.Communes.Select(c => c.PopulationOver60));
        }

        // Sorigny (line 3) without the figure, Montbazon (line 4) with more than its population, Tibiran-Jaunac not a number.
        var rows = Rows.Replace("6300,37\n", "6300,37,1500\n", StringComparison.Ordinal).Replace("3000,37\n", "3000,37,\n", StringComparison.Ordinal)
            .Replace("4200,37\n", "4200,37,4300\n", StringComparison.Ordinal).Replace("300,65\n", "300,65,une centaine\n", StringComparison.Ordinal);
        using var bad = Site(over60 + rows);

        var (_, errors) = bad.Validate();

        Assert.Equal(3, errors.Count);
        DiagnosticAssert.Single(errors, "OFF0125", "content/communes.csv:3:42", "population_60_ans_et_plus", "remplie pour les autres communes", "retirez la colonne");
        DiagnosticAssert.Single(errors.Where(d => d.Span.Line == 4).ToList(), "OFF0109", "content/communes.csv:4:44", "4300 habitants de 60 ans ou plus, mais 4200 habitants en tout");
        DiagnosticAssert.Single(errors.Where(d => d.Span.Line == 5).ToList(), "OFF0109", "content/communes.csv:5:48", "« une centaine » n'est pas un nombre d'habitants");
    }

    [Fact]
    public void A_row_with_the_wrong_cell_count_is_reported_once()
    {
        // Given the row of Sorigny, where the place is, without its department
        using var site = Site(Header + Rows.Edit("3000,37\n", "3000\n"));

        // When
        var (validated, diagnostics) = site.Validate();

        // Then: the place's reference to Sorigny is not reported again as unknown
        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0006", "content/communes.csv:3:1", "6 colonnes au lieu de 7", "guillemets");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_commune_listed_twice_is_reported_on_the_second_line()
    {
        using var site = Site(Header + Rows.Edit("37154,Montbazon", "37250,Montbazon"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0206", "content/communes.csv:4:1", "code_insee", "37250", "déjà ligne 3");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_department_that_does_not_match_the_code_is_reported()
    {
        using var site = Site(Header + Rows.Edit("3000,37\n", "3000,36\n"));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0124", "content/communes.csv:3:39", "dep_code", "« 36 »", "37250", "département 37");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_decimal_comma_from_a_french_spreadsheet_is_reported()
    {
        // A spreadsheet saved the list with « ; » between cells and « , » as the decimal separator.
        using var site = Site((Header + Rows).Replace(',', ';').Edit("47.243", "47,243"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0109", "content/communes.csv:3:21", "latitude", "« 47,243 »", "point décimal");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Swapped_coordinates_are_reported()
    {
        using var site = Site(Header + Rows.Edit("47.243,0.695", "0.695,47.243"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0108", "content/communes.csv:3:21", "latitude 0.695 et longitude 47.243", "inversées");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_malformed_postal_code_is_reported()
    {
        using var site = Site(Header + Rows.Edit("Sorigny,37250", "Sorigny,3725"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0106", "content/communes.csv:3:15", "codes_postaux", "« 3725 »", "« | »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_malformed_commune_code_is_reported()
    {
        using var site = Site(Header + Rows.Edit("65444,", "6544,"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0105", "content/communes.csv:5:1", "code_insee", "« 6544 »");
        Assert.Single(diagnostics);
    }
}
