namespace Relais.Generator.Tests.Integration;

/// <summary>Posters from small inline sites: what they leave out when the content says nothing, and which communes get one.</summary>
public sealed class PrintIntegrationTests
{
    private const string PaidTour = """
        -- content/tournees/bus-payant.yml --
        nom: Bus numérique payant
        operateur: Société de test
        places: 8
        seances_par_defaut: ["14:00-17:00"]
        frais_a_charge: [Payant]
        publics: [Familles et/ou enfants]
        arrets:
          - date: 2027-03-09
            code_insee: "37250"
            lieu: Place de l'Église
            inscription: { aupres_de: Mairie de Sorigny, telephone: "02 61 91 32 50" }
            statut: confirme
        """;

    private const string LochesWorkshop = """
        -- content/lieux/epn-loches.yml --
        nom: Espace public numérique de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        telephone: "02 61 91 20 01"
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        frais_a_charge: [Gratuit]
        -- content/ateliers/loches-premiers-pas.md --
        ---
        titre: Premiers pas à Loches
        organisateur: epn-loches
        lieu: Médiathèque
        code_insee: "37132"
        niveau: debutant
        places: 8
        dates:
          - { date: 2027-01-13, horaire: "14:30-16:30" }
        frais_a_charge: [Gratuit]
        inscription: { aupres_de: Espace public numérique de Loches, telephone: "02 61 91 20 01" }
        ---
        Programme.

        """;

    private const string TourWithDeadline = """
        -- content/tournees/bus-delai.yml --
        nom: Bus numérique de test
        operateur: Société de test
        places: 8
        seances_par_defaut: ["14:00-17:00"]
        frais_a_charge: [Gratuit]
        financeurs: [Région Centre-Val de Loire, Département d'Indre-et-Loire]
        arrets:
          - date: 2027-03-09
            code_insee: "37250"
            lieu: Place de l'Église
            inscription: { aupres_de: Mairie de Sorigny, telephone: "02 61 91 32 50", avant: 2027-03-01 }
            statut: confirme
        """;

    [Theory]
    [InlineData("2027-02-20", false)]
    [InlineData("2027-03-04", true)]
    public void A_visit_poster_gives_the_deadline_until_it_passes_then_says_registrations_are_closed(string today, bool closed)
    {
        using var site = TestSite.Create(TourWithDeadline);
        var (output, diagnostics) = site.Build(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(output is not null, string.Join("\n", diagnostics));

        var poster = OutputAssert.Html(site.Output, "bus/bus-delai/2027-03-09-sorigny/affiche/index.html").QuerySelector("article.poster")!;
        var text = poster.Text();
        Assert.Equal(closed, text.Contains("Inscriptions closes le 1er mars.", StringComparison.Ordinal));
        Assert.Equal(closed, text.Contains("Pour savoir s'il reste de la place, appelez", StringComparison.Ordinal));
        Assert.Equal(!closed, text.Contains("avant le lundi 1er mars", StringComparison.Ordinal));
        Assert.Contains("Avec le soutien de : Région Centre-Val de Loire et Département d'Indre-et-Loire.", text);
    }

    [Fact]
    public void A_visit_poster_prints_a_short_address_whose_page_sends_on_to_the_visit_page_without_script()
    {
        using var site = TestSite.Create(TourWithDeadline);
        var (output, diagnostics) = site.Build(new DateOnly(2027, 2, 20));
        Assert.True(output is not null, string.Join("\n", diagnostics));

        // The poster prints the short address, the QR code keeps the page's own
        var poster = OutputAssert.Html(site.Output, "bus/bus-delai/2027-03-09-sorigny/affiche/index.html");
        var printed = poster.QuerySelector(".poster-url")!.Text();
        var match = System.Text.RegularExpressions.Regex.Match(printed, "^[^/]+/v/([0-9a-hjkmnp-tv-z]{7})/$");
        Assert.True(match.Success, $"printed address « {printed} »");
        Assert.Equal(Relais.Model.ShortCode.Of("/bus/bus-delai/2027-03-09-sorigny/"), match.Groups[1].Value);

        // whose page refreshes to the visit page, links to it, and is not indexed nor in the sitemap
        var redirect = OutputAssert.Html(site.Output, $"v/{match.Groups[1].Value}/index.html");
        Assert.Equal("0; url=../../bus/bus-delai/2027-03-09-sorigny/", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Equal("noindex", redirect.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.NotNull(redirect.QuerySelector("a[href=\"/bus/bus-delai/2027-03-09-sorigny/\"]"));
        Assert.Empty(redirect.QuerySelectorAll("script"));
        Assert.DoesNotContain("/v/", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
    }

    [Fact]
    public void A_paid_tour_without_funders_or_deadline_gets_a_poster_without_them()
    {
        using var site = TestSite.Create(PaidTour);
        var (output, diagnostics) = site.Build();
        Assert.True(output is not null, string.Join("\n", diagnostics));

        var poster = OutputAssert.Html(site.Output, "bus/bus-payant/2027-03-09-sorigny/affiche/index.html").QuerySelector("article.poster")!;
        Assert.Null(poster.QuerySelector(".poster-free"));
        Assert.DoesNotContain("Gratuit", poster.Text());
        Assert.DoesNotContain("Avec le soutien", poster.Text());
        Assert.DoesNotContain("avant le", poster.Text());
        Assert.DoesNotContain("60 ans", poster.Text());
        Assert.Contains("Pour toutes et tous", poster.Text());
        Assert.Equal("14 h – 17 h", poster.QuerySelector(".poster-times")!.Text());
        Assert.Contains("1 atelier de 8 places", poster.Text());
        Assert.Equal("02 61 91 32 50", poster.QuerySelector(".poster-phone")!.Text());
    }

    [Fact]
    public void Under_a_base_url_with_a_path_the_QR_codes_give_the_full_address()
    {
        using var site = TestSite.Create(PaidTour);
        site.EditFile("statiq.json", "\"https://test.example.org/\"", "\"https://test.example.org/annuaire/\"");
        var (output, diagnostics) = site.Build();
        Assert.True(output is not null, string.Join("\n", diagnostics));

        var poster = OutputAssert.Html(site.Output, "bus/bus-payant/2027-03-09-sorigny/affiche/index.html");
        Assert.Equal("https://test.example.org/annuaire/bus/bus-payant/2027-03-09-sorigny/", QrDecoder.FromSvg(poster.QuerySelector(".poster-qr svg")!));
        var sheet = OutputAssert.Html(site.Output, "bus/bus-payant/2027-03-09-sorigny/suite/index.html");
        Assert.Equal("https://test.example.org/annuaire/communes/sorigny-37250/", QrDecoder.FromSvg(sheet.QuerySelector(".poster-qr svg")!));
    }

    [Fact]
    public void Only_communes_with_a_coming_visit_or_a_workshop_within_the_radius_get_a_poster()
    {
        // Given a visit at Sorigny, Montbazon 5 km away, a workshop at Loches 25 km away, and Tibiran-Jaunac far from both
        using var site = TestSite.Create(PaidTour + "\n" + LochesWorkshop);
        var (output, diagnostics) = site.Build();
        Assert.True(output is not null, string.Join("\n", diagnostics));

        // Then Sorigny and Montbazon have one for the visit, Loches for its workshop, Tibiran-Jaunac none
        site.AssertFile("communes/sorigny-37250/affiche/index.html", "Mardi 9 mars 2027", "! Premiers pas à Loches");
        site.AssertFile("communes/montbazon-37154/affiche/index.html", "Mardi 9 mars 2027", "Sorigny (5 km)", "! Premiers pas à Loches");
        site.AssertFile("communes/loches-37132/affiche/index.html", "Premiers pas à Loches", "! Mardi 9 mars 2027");
        // (its poster's address sends on to its page, should it have been printed before)
        Assert.Equal("/communes/tibiran-jaunac-65444/", OutputAssert.RedirectTarget(site.Output, "communes/tibiran-jaunac-65444/affiche/index.html"));

        // and each commune page links to its poster only when there is one
        site.AssertFile("communes/sorigny-37250/index.html", "href=\"/communes/sorigny-37250/affiche/\"");
        site.AssertFile("communes/tibiran-jaunac-65444/index.html", "! /affiche/");
    }
    /// <summary>
    /// A recurring visit's rule and next date take two lines at 28 pt: a commune poster holds two
    /// dated visits, or one recurring and one dated, but a second recurring one would push it onto a
    /// second page (measured in PDF by the sample's tests) and is counted among the others instead.
    /// </summary>
    [Theory]
    [InlineData("  - regulier: { jour: jeudi, frequence: toutes_les_semaines, du: 2026-12-03 }\n    code_insee: \"37154\"\n    lieu: Place du marché\n    seances: [\"14:00-16:00\"]\n    statut: confirme", 1)]
    [InlineData("  - date: 2026-12-17\n    code_insee: \"37154\"\n    lieu: Place du marché\n    seances: [\"14:00-16:00\"]\n    statut: confirme", 2)]
    public void A_commune_poster_shows_a_second_recurring_visit_only_when_it_fits(string secondStop, int shownVisits)
    {
        // Given a permanence every Thursday morning at Sorigny, and in the afternoon at Montbazon 5 km away, every week or once
        using var site = TestSite.Create($$"""
            -- content/tournees/permanence.yml --
            nom: Bus des démarches
            operateur: Société de test
            contact: { telephone: "02 61 91 30 00" }
            format: permanence
            accueil: sur_rendez_vous
            seances_par_defaut: ["09:30-12:00"]
            frais_a_charge: [Gratuit]
            arrets:
              - regulier: { jour: jeudi, frequence: toutes_les_semaines, du: 2026-12-03 }
                code_insee: "37250"
                lieu: Place de l'Église
                statut: confirme
            {{secondStop}}
            """);
        var (output, diagnostics) = site.Build();
        Assert.True(output is not null, string.Join("\n", diagnostics));

        // Then Sorigny's poster shows its own visit first, and Montbazon's only when both are not recurring
        var poster = OutputAssert.Html(site.Output, "communes/sorigny-37250/affiche/index.html");
        Assert.Equal("Le bus numérique", poster.QuerySelector("h2")?.TextContent);
        var visits = poster.QuerySelector("h2 + ul.poster-list")!.Children.Select(v => OutputAssert.Normalize(v.TextContent)).ToList();
        Assert.True(visits.Count == shownVisits, $"{visits.Count} visits on the poster:\n{string.Join("\n", visits)}");
        Assert.Contains("Place de l'Église", visits[0]);
        if (shownVisits == 1) Assert.Contains("autre", OutputAssert.Normalize(poster.QuerySelector("main")!.TextContent));
    }
}
