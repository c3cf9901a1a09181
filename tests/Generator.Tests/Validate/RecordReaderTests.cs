namespace Relais.Generator.Tests.Validate;

/// <summary>The checks every content kind shares: keys, shapes, vocabularies, numbers.</summary>
public sealed class RecordReaderTests
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

    [Fact]
    public void The_valid_place_has_no_diagnostic()
    {
        using var site = TestSite.Create(Place);

        Assert.Empty(site.Validate().Diagnostics);
    }

    [Fact]
    public void A_missing_required_field_is_reported_at_the_top_with_what_to_write()
    {
        using var site = TestSite.Create(Place.Edit("adresse: 2 rue de la République\n", ""));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0101", "content/lieux/epn.yml:1:1", "champ « adresse »", "obligatoire", "« adresse: … »", "numéro et voie");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_field_written_empty_counts_as_missing()
    {
        using var site = TestSite.Create(Place.Edit("adresse: 2 rue de la République", "adresse:"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0101", "content/lieux/epn.yml:1:1", "champ « adresse »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void An_unknown_key_is_reported_with_the_nearest_key()
    {
        using var site = TestSite.Create(Place + "telephonne: \"02 47 12 34 56\"\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0102", "content/lieux/epn.yml:9:1", "champ « telephonne »", "inconnu", "Vouliez-vous dire « telephone » ?");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void An_unknown_key_far_from_any_lists_the_keys()
    {
        using var site = TestSite.Create(Place + "remarque: à rappeler\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0102", "content/lieux/epn.yml:9:1", "champ « remarque »", "Champs possibles : nom, pivot, typologie");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void An_unknown_key_in_a_group_names_its_path()
    {
        using var site = TestSite.Create(Tour + "contact: { telephone: \"02 61 91 30 00\", courriell: bus@example.org }\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0102", "content/tournees/bus.yml:5:41", "champ « contact.courriell »", "« courriel »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_value_outside_a_long_vocabulary_gets_the_nearest_value_and_the_readme()
    {
        using var site = TestSite.Create(Place + "typologie: [EPN, ASOS]\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0104", "content/lieux/epn.yml:9:18", "champ « typologie »", "« ASOS »", "Vouliez-vous dire « ASSO » ?", "README");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_value_outside_a_short_vocabulary_lists_the_values()
    {
        using var site = TestSite.Create(Place + "frais_a_charge: [gratuit]\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0104", "content/lieux/epn.yml:9:18", "« gratuit »", "« Gratuit »", "Valeurs possibles : Gratuit, Gratuit sous condition, Payant.");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_value_repeated_in_a_list_is_a_warning_on_the_repeat()
    {
        using var site = TestSite.Create(Place.Edit("du quotidien]", "du quotidien, Maîtrise des outils numériques du quotidien]"));

        var (validated, diagnostics) = site.Validate();

        Assert.NotNull(validated);
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0309", "content/lieux/epn.yml:8:57", "services", "déjà dans la liste");
        Assert.False(diagnostic.IsError);
        Assert.Single(diagnostics);
        Assert.Single(validated.Places[0].Services);
    }

    [Fact]
    public void A_list_where_one_value_is_expected_is_a_shape_error()
    {
        using var site = TestSite.Create(Place.Edit("nom: EPN de Loches", "nom: [EPN, Loches]"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0103", "content/lieux/epn.yml:1:6", "champ « nom »", "une seule valeur", "pas une liste");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_group_where_a_list_is_expected_is_a_shape_error()
    {
        using var site = TestSite.Create(Place.Edit("services: [Maîtrise des outils numériques du quotidien]", "services: { aide: oui }"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0103", "content/lieux/epn.yml:8:11", "champ « services »", "une liste de valeurs", "pas un groupe de champs");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_single_value_where_a_list_is_expected_is_a_list_of_one()
    {
        using var site = TestSite.Create(Place.Edit("services: [Maîtrise des outils numériques du quotidien]", "services: Maîtrise des outils numériques du quotidien"));

        var (validated, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
        Assert.Single(validated!.Places[0].Services);
    }

    private const string Tour = """
        -- content/tournees/bus.yml --
        nom: Bus
        operateur: SVP
        places: 12
        seances_par_defaut: ["09:00-12:00"]

        """;

    [Fact]
    public void A_single_value_where_a_group_is_expected_is_a_shape_error()
    {
        using var site = TestSite.Create(Tour + "contact: \"02 61 91 30 00\"\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0103", "content/tournees/bus.yml:5:10", "champ « contact »", "des champs sont attendus", "telephone, courriel, site_web", "pas une valeur seule");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_single_value_where_a_list_of_groups_is_expected_is_a_shape_error()
    {
        using var site = TestSite.Create(Tour + "arrets: 2027-03-09\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0103", "content/tournees/bus.yml:5:9", "champ « arrets »", "une liste est attendue", "« - »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_decimal_comma_in_a_number_gets_the_point_form()
    {
        using var site = TestSite.Create(Place.Edit("latitude: 47.1283", "latitude: 47,1283"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0109", "content/lieux/epn.yml:5:11", "champ « latitude »", "« 47,1283 »", "point décimal", "« 47.1283 »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_text_longer_than_allowed_is_reported_with_its_length()
    {
        using var site = TestSite.Create(Place + $"presentation_resume: {new string('a', 281)}\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0117", "content/lieux/epn.yml:9:22", "presentation_resume", "281 caractères, pour 280 au plus");
        Assert.Single(diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# rien encore\n")]
    public void An_empty_file_is_reported(string text)
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/lieux/epn.yml", text);

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0004", "content/lieux/epn.yml:1:1", "vide", "« clé: valeur »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_file_holding_a_list_is_reported()
    {
        using var site = TestSite.Create("-- content/lieux/epn.yml --\n- nom: EPN\n- nom: Médiathèque\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0004", "content/lieux/epn.yml:1:1", "« clé: valeur »", "pas une liste");
        Assert.Single(diagnostics);
    }
}
