namespace Relais.Generator.Tests.Validate;

/// <summary>
/// A required field written but empty (« [] », « "" », « "   " ») is an error at the value, as a
/// missing one is: a record must never be left out without a word.
/// </summary>
public sealed class EmptyValueValidationTests
{
    private const string Place = """
        -- content/lieux/epn.yml --
        nom: EPN de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        latitude: 47.1283
        longitude: 0.9958
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]

        """;

    private const string Tour = """
        -- content/tournees/bus.yml --
        nom: Bus numérique de Touraine
        operateur: Solution Vie Pratique
        places: 12
        seances_par_defaut: ["09:00-12:00", "14:00-17:00"]
        arrets:
          - date: 2027-03-09
            code_insee: "37250"
            lieu: Place de l'Église
            seances: ["14:00-17:00"]
            inscription: { aupres_de: Mairie de Sorigny, telephone: "02 61 91 32 50" }
            statut: confirme

        """;

    private const string Workshop = Place + """
        -- content/ateliers/atelier.md --
        ---
        titre: Apprendre l'ordinateur
        organisateur: epn
        lieu: Salle du conseil
        code_insee: "65444"
        niveau: debutant
        places: 8
        dates:
          - { date: 2027-01-12, horaire: "14:00-16:30" }
        frais_a_charge: [Payant]
        ---
        ## Au programme

        """;

    [Fact]
    public void An_empty_service_list_on_a_place_is_an_error_at_the_value()
    {
        using var site = TestSite.Create(Place.Edit("services: [Maîtrise des outils numériques du quotidien]", "services: []"));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0125", "content/lieux/epn.yml:8:11", "champ « services »", "vide");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_blank_name_is_an_error_at_the_value()
    {
        using var site = TestSite.Create(Place.Edit("nom: EPN de Loches", "nom: \"   \""));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0125", "content/lieux/epn.yml:1:6", "champ « nom »", "vide", "nom du lieu");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_list_of_empty_values_is_empty()
    {
        using var site = TestSite.Create(Place.Edit("services: [Maîtrise des outils numériques du quotidien]", "services: [~, \"\"]"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0125", "content/lieux/epn.yml:8:11", "champ « services »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void An_optional_value_written_empty_is_as_if_absent()
    {
        using var site = TestSite.Create(Place.Edit("services:", "telephone: \"\"\npresentation_resume: \"  \"\ntypologie: []\nfrais_a_charge: \"\"\nmodalites_acces: [\"\", Téléphoner]\nlatitude: ''\nservices:").Edit("latitude: 47.1283\nlongitude: 0.9958\n", ""));

        var (validated, diagnostics) = site.Validate();

        Assert.Equal(["OFF0306"], diagnostics.Select(d => d.Code)); // no coordinates: the commune's centre
        var place = Assert.Single(validated!.Places);
        Assert.Equal((null, null, 0, 0), (place.Phone, place.Summary, place.Typologies.Count, place.Fees.Count));
        Assert.Single(place.AccessModes);
    }

    [Fact]
    public void An_empty_default_session_list_on_a_tour_is_an_error_at_the_value()
    {
        using var site = TestSite.Create(Tour.Edit("seances_par_defaut: [\"09:00-12:00\", \"14:00-17:00\"]", "seances_par_defaut: []"));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0125", "content/tournees/bus.yml:4:21", "champ « seances_par_defaut »", "vide");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_stop_with_an_empty_session_list_is_an_error_naming_seances()
    {
        using var site = TestSite.Create(Tour.Edit("seances: [\"14:00-17:00\"]", "seances: []"));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0125", "content/tournees/bus.yml:9:14", "1er passage (arrets[0]), champ « seances »", "au moins une séance", "seances_par_defaut");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_blank_stop_spot_is_an_error_at_the_value()
    {
        using var site = TestSite.Create(Tour.Edit("lieu: Place de l'Église", "lieu: ''"));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0125", "content/tournees/bus.yml:8:11", "1er passage (arrets[0]), champ « lieu »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_workshop_with_an_empty_date_list_is_an_error_naming_dates()
    {
        using var site = TestSite.Create(Workshop.Edit("dates:\n  - { date: 2027-01-12, horaire: \"14:00-16:30\" }", "dates: []"));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0125", "content/ateliers/atelier.md:8:8", "champ « dates »", "au moins une séance");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_workshop_with_an_empty_fee_list_is_an_error_at_the_value()
    {
        using var site = TestSite.Create(Workshop.Edit("frais_a_charge: [Payant]", "frais_a_charge: []"));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0125", "content/ateliers/atelier.md:10:17", "champ « frais_a_charge »");
        Assert.Single(diagnostics);
    }

    [Theory]
    [InlineData("chaque_semaine: []")]
    [InlineData("chaque_semaine: tous les mardis")]
    public void A_weekly_rule_that_is_not_a_group_of_fields_is_reported(string weekly)
    {
        using var site = TestSite.Create(Workshop.Edit("dates:\n  - { date: 2027-01-12, horaire: \"14:00-16:30\" }", weekly));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0103", "content/ateliers/atelier.md:8:17", "champ « chaque_semaine »", "jour, horaire, du, au");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void An_empty_registration_contact_is_an_error_at_the_value()
    {
        using var site = TestSite.Create(Tour.Edit("aupres_de: Mairie de Sorigny", "aupres_de: \" \""));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0125", "content/tournees/bus.yml:10:31", "1er passage (arrets[0]), champ « inscription.aupres_de »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_blank_page_title_is_an_error_at_the_value()
    {
        using var site = TestSite.Create("-- input/a-propos.md --\n---\ntitre: \"  \"\n---\nTexte.\n");

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0125", "input/a-propos.md:2:8", "champ « titre »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void An_empty_department_list_in_the_settings_is_an_error_at_the_value()
    {
        using var site = TestSite.Create("");
        site.EditFile("statiq.json", "[\"37\", \"65\"]", "[]");

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0125", "statiq.json:5:19", "champ « departements »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_commune_list_with_no_commune_is_an_error()
    {
        using var site = TestSite.Create(Place + "-- content/communes.csv --\ncode_insee,nom,codes_postaux,latitude,longitude,population,dep_code\n");

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0125", "content/communes.csv:1:1", "aucune commune");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_postal_code_cell_of_separators_only_is_an_error()
    {
        using var site = TestSite.Create(Place);
        site.EditFile("content/communes.csv", "37132,Loches,37600,", "37132,Loches,|,");

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0101", "content/communes.csv:2:14", "codes_postaux", "code postal absent");
        Assert.Single(diagnostics);
    }
}
