namespace Relais.Generator.Tests.Import;

/// <summary>Hours an import kept as text (« horaires_texte »): shown on the place page while no OSM hours exist, and flagged by validate.</summary>
public sealed class HoursTextIntegrationTests
{
    private const string Place = """
        -- content/lieux/epn.yml --
        nom: EPN de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        horaires_texte: |
          Le mardi de 14h à 17h
          Le jeudi sur rendez-vous
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]

        """;

    [Fact]
    public void Text_hours_are_shown_under_their_own_heading_and_validate_asks_to_convert_them()
    {
        using var site = TestSite.Create(Place);

        var (output, diagnostics) = site.Build();

        Assert.NotNull(output);
        DiagnosticAssert.Single(diagnostics, "OFF0311", "content/lieux/epn.yml:5:17", "convertissez-les au format OpenStreetMap");
        site.AssertFile("lieux/epn/index.html",
            "Horaires indiqués par le lieu",
            "Le mardi de 14h à 17h",
            "Le jeudi sur rendez-vous",
            "! Horaires non communiqués");
    }

    [Fact]
    public void With_osm_hours_the_text_is_not_shown_and_validate_asks_to_remove_it()
    {
        using var site = TestSite.Create(Place.Replace("date_maj:", "horaires: \"Tu 14:00-17:00\"\ndate_maj:", StringComparison.Ordinal));

        var (_, diagnostics) = site.Validate();

        var warning = Assert.Single(diagnostics, d => d.Code == "OFF0311");
        Assert.Contains("supprimez « horaires_texte »", warning.Message);
        Assert.Null(site.Validate().Site!.Places[0].HoursText);
    }
}
