using Relais.Model;

namespace Relais.Generator.Tests.Validate;

/// <summary>statiq.json; the base site's settings are, line by line:
/// 2 titre, 3 description, 4 url_de_base, 5 departements, 6 rayon_proximite_km, 7 langue, 8 fuseau_horaire.</summary>
public sealed class SettingsValidationTests
{
    private static string Settings => TestSite.Base[..TestSite.Base.IndexOf("-- content/communes.csv --", StringComparison.Ordinal)];

    [Fact]
    public void The_settings_bind()
    {
        using var site = TestSite.Create(Settings);

        var (validated, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
        Assert.Equal(new Uri("https://test.example.org/"), validated!.Settings.BaseUrl);
        Assert.Equal(["37", "65"], validated.Settings.Departments);
    }

    [Fact]
    public void A_base_url_without_scheme_is_reported()
    {
        using var site = TestSite.Create(Settings.Edit("\"https://test.example.org/\"", "\"test.example.org\""));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0116", "statiq.json:4:19", "url_de_base", "« test.example.org »", "« https:// »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_department_that_does_not_exist_is_reported()
    {
        using var site = TestSite.Create(Settings.Edit("[\"37\", \"65\"]", "[\"37\", \"20\"]"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0123", "statiq.json:5:27", "departements", "« 20 »", "2A ou 2B");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void An_unknown_time_zone_is_reported()
    {
        using var site = TestSite.Create(Settings.Edit("\"Europe/Paris\"", "\"Europe/Pariss\""));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0123", "statiq.json:8:21", "fuseau_horaire", "« Europe/Pariss »", "« Europe/Paris »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_locale_other_than_french_is_refused()
    {
        using var site = TestSite.Create(Settings.Edit("\"fr-FR\"", "\"en-US\""));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0123", "statiq.json:7:13", "langue", "« en-US »", "« fr-FR »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_missing_setting_is_reported()
    {
        using var site = TestSite.Create(Settings.Edit("  \"rayon_proximite_km\": 15,\n", ""));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0101", "statiq.json:2:3", "rayon_proximite_km", "obligatoire");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_missing_comma_in_json_is_reported()
    {
        using var site = TestSite.Create(Settings.Edit("\"Site de test\",", "\"Site de test\""));

        var (_, diagnostics) = site.Validate();

        // The parser stops at the next key, where it expected « , » or « } ».
        DiagnosticAssert.Single(diagnostics, "OFF0001", "statiq.json:3:3", "« , »", "« } »");
        Assert.Single(diagnostics);
    }

    [Theory]
    [InlineData("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png")]
    [InlineData("http://tile.example.org/{z}/{x}/{y}.png")]
    [InlineData("https://tile.example.org/{z}/{x}.png")]
    [InlineData("https://tile example.org/{z}/{x}/{y}.png")]
    public void A_map_tile_template_the_map_page_could_not_load_is_reported(string tiles)
    {
        using var site = TestSite.Create(Settings.Edit("\"fuseau_horaire\": \"Europe/Paris\"", $"\"fuseau_horaire\": \"Europe/Paris\",\n  \"tuiles_carte\": \"{tiles}\""));

        var (validated, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0123", "statiq.json:9:19", "tuiles_carte", $"« {tiles} »", "pas de {s}");
        Assert.Single(diagnostics);
        Assert.Null(validated);
    }

    [Fact]
    public void A_map_tile_template_on_one_server_is_kept()
    {
        const string tiles = "https://tuiles.example.org/osm/{z}/{x}/{y}.png";
        using var site = TestSite.Create(Settings.Edit("\"fuseau_horaire\": \"Europe/Paris\"", $"\"fuseau_horaire\": \"Europe/Paris\",\n  \"tuiles_carte\": \"{tiles}\""));

        var (validated, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
        Assert.Equal(tiles, validated!.Settings.MapTiles);
        Assert.Equal("https://tuiles.example.org", validated.Settings.MapTilesOrigin);
    }
}
