namespace Relais.Generator.Tests.Validate;

/// <summary>content/redirections.csv: each mistake said where it is, in French, with what to write instead.</summary>
public sealed class RedirectValidationTests
{
    /// <summary>A place in Loches and a bus stop in Sorigny: /lieux/epn-loches/ and /bus/bus-test/2027-03-09-sorigny/ are pages.</summary>
    public const string Content = """
        -- content/lieux/epn-loches.yml --
        nom: Espace public numérique de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        -- content/tournees/bus-test.yml --
        nom: Bus numérique de test
        operateur: Société de test
        places: 8
        seances_par_defaut: ["14:00-17:00"]
        arrets:
          - date: 2027-03-09
            code_insee: "37250"
            lieu: Place de l'Église
            inscription: { aupres_de: Mairie de Sorigny, telephone: "02 61 91 32 50" }
            statut: confirme

        """;

    private const string File = "content/redirections.csv";

    private static TestSite Site(string redirections) => TestSite.Create(Content + $"-- {File} --\n" + redirections);

    [Fact]
    public void Well_formed_lines_bind_with_their_chains_followed_to_the_end()
    {
        // Given an old place address, an old visit address leading to another old address, and a comment
        using var site = Site("""
            ancienne_adresse;nouvelle_adresse
            # le lieu a changé de nom de fichier
            /lieux/espace-loches/;/lieux/epn-loches/
            /bus/bus-test/2027-03-02-sorigny/;/bus/bus-test/ancien/
            /bus/bus-test/ancien/;/bus/bus-test/2027-03-09-sorigny/
            /ancien-site/page.html;/

            """);

        var (validated, diagnostics) = site.Validate();

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal(["/lieux/espace-loches/", "/bus/bus-test/2027-03-02-sorigny/", "/bus/bus-test/ancien/", "/ancien-site/page.html"], validated!.Redirects.Select(r => r.From));
        Assert.Equal("content/redirections.csv:3:1", validated.Redirects[0].FromSource.ToString());
    }

    [Fact]
    public void A_comma_separated_file_is_read_too()
    {
        using var site = Site("ancienne_adresse,nouvelle_adresse\n/lieux/espace-loches/,/lieux/epn-loches/\n");

        var (validated, diagnostics) = site.Validate();

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal("/lieux/epn-loches/", Assert.Single(validated!.Redirects).To);
    }

    [Theory]
    [InlineData("lieux/espace-loches/", "une adresse du site commence par « / » : écrivez « /lieux/espace-loches/ »")]
    [InlineData("https://numerique.example.org/lieux/espace-loches/", "écrivez l'adresse sans le nom du site, à partir du « / » qui le suit : écrivez « /lieux/espace-loches/ »")]
    [InlineData("/lieux/espace-loches", "l'adresse d'une page finit par « / » : écrivez « /lieux/espace-loches/ »")]
    [InlineData("/Lieux/Espace-Loches/", "en minuscules : écrivez « /lieux/espace-loches/ »")]
    [InlineData("/lieux/espace-loches/?source=affiche", "sans « ? » ni « # » ni ce qui les suit : écrivez « /lieux/espace-loches/ »")]
    [InlineData("/lieux/espace-loches/index.html", "sans « index.html » : écrivez « /lieux/espace-loches/ »")]
    [InlineData("/lieux/espace loches/", "le caractère «   » n'a pas sa place")]
    [InlineData("/bus/bus-test/2027-03-09-sorigny/affiche.pdf", "seules les adresses de pages peuvent être redirigées")]
    [InlineData("", "adresse vide")]
    public void A_malformed_old_address_is_reported_at_its_cell_with_how_to_write_it(string old, string words)
    {
        using var site = Site($"ancienne_adresse;nouvelle_adresse\n/lieux/ancien/;/lieux/epn-loches/\n{old};/lieux/epn-loches/\n");

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0127", $"{File}:3:1", "champ « ancienne_adresse »", words);
    }

    [Fact]
    public void A_malformed_new_address_is_reported_at_its_cell()
    {
        using var site = Site("ancienne_adresse;nouvelle_adresse\n/lieux/ancien/;lieux/epn-loches\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0127", $"{File}:2:16", "champ « nouvelle_adresse »", "écrivez « /lieux/epn-loches/ »");
    }

    [Fact]
    public void A_wrong_header_names_the_expected_one()
    {
        using var site = Site("ancienne;nouvelle_adresse\n/lieux/ancien/;/lieux/epn-loches/\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0102", $"{File}:1:1", "colonne inconnue", "La première ligne doit être : ancienne_adresse;nouvelle_adresse");
        DiagnosticAssert.Single(diagnostics, "OFF0101", $"{File}:1:1", "colonne absente : ancienne_adresse");
    }

    [Fact]
    public void A_line_without_its_two_addresses_says_how_to_write_one()
    {
        using var site = Site("ancienne_adresse;nouvelle_adresse\n/lieux/ancien/ /lieux/epn-loches/\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0006", $"{File}:2:1", "1 colonne au lieu de 2", "« /lieux/ancien-nom/;/lieux/nouveau-nom/ »");
    }

    [Fact]
    public void An_old_address_written_twice_names_the_first_line()
    {
        using var site = Site("ancienne_adresse;nouvelle_adresse\n/lieux/ancien/;/lieux/epn-loches/\n/lieux/ancien/;/\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0208", $"{File}:3:1", "« /lieux/ancien/ » est déjà redirigée ligne 2 (vers « /lieux/epn-loches/ »)", "gardez une seule ligne");
    }

    [Fact]
    public void An_address_leading_to_itself_is_a_loop()
    {
        using var site = Site("ancienne_adresse;nouvelle_adresse\n/lieux/ancien/;/lieux/ancien/\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0209", $"{File}:2:16", "« /lieux/ancien/ » mène à elle-même");
    }

    [Fact]
    public void A_loop_through_several_lines_is_reported_once_with_its_lines_and_its_way_round()
    {
        // Given three lines that lead round, and one that leads into them
        using var site = Site("""
            ancienne_adresse;nouvelle_adresse
            /a/;/b/
            /entree/;/a/
            /b/;/c/
            /c/;/a/

            """);

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0209", $"{File}:2:5",
            "ces redirections tournent en rond (« /a/ » → « /b/ » → « /c/ » → « /a/ », lignes 2, 4, 5)", "faites mener l'une d'elles à une page du site");
    }

    [Fact]
    public void An_old_address_that_is_still_a_page_is_an_error_said_at_its_line()
    {
        using var site = Site("ancienne_adresse;nouvelle_adresse\n/lieux/epn-loches/;/\n");

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0210", $"{File}:2:1", "« /lieux/epn-loches/ » est toujours une page du site (lieu)", "Retirez cette ligne");
    }

    [Fact]
    public void A_redirect_to_no_page_is_an_error_at_the_end_of_its_chain_with_a_page_to_use_instead()
    {
        // Given a chain whose last line leads to a visit that does not exist (a mistyped date)
        using var site = Site("""
            ancienne_adresse;nouvelle_adresse
            /bus/bus-test/ancien/;/bus/bus-test/2027-03-02-sorigny/
            /bus/bus-test/2027-03-02-sorigny/;/bus/bus-test/2027-03-08-sorigny/

            """);

        var (validated, diagnostics) = site.Validate();

        // Then validation fails, once, on the line that leads nowhere, naming the nearest page and the one above
        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0211", $"{File}:3:35",
            "« /bus/bus-test/2027-03-08-sorigny/ » n'est pas une page du site", "Vouliez-vous dire « /bus/bus-test/2027-03-09-sorigny/ » ?",
            "par exemple « /bus/bus-test/ », la page au-dessus", "ajoutez plutôt une ligne « /bus/bus-test/2027-03-08-sorigny/;… »");
    }

    [Fact]
    public void A_redirect_to_the_404_page_is_refused()
    {
        using var site = Site("ancienne_adresse;nouvelle_adresse\n/lieux/ancien/;/404.html\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0211", $"{File}:2:16", "« /404.html » est la page « introuvable »", "la page de sa commune");
    }

    [Fact]
    public void A_redirect_may_lead_to_a_short_address_or_to_an_address_the_site_sends_on()
    {
        // /v/…/ is the visit's short address; the poster of a visit past for 2027-04-01 sends on to the visit
        using var site = Site($"""
            ancienne_adresse;nouvelle_adresse
            /lieux/ancien/;/v/{Relais.Model.ShortCode.Of("/bus/bus-test/2027-03-09-sorigny/")}/
            /lieux/autre/;/bus/bus-test/2027-03-09-sorigny/affiche/

            """);

        var (_, diagnostics) = site.Validate(new DateOnly(2027, 4, 1));

        DiagnosticAssert.NoErrors(diagnostics);
    }
}
