namespace Relais.Generator.Tests.Validate;

public sealed class TourValidationTests
{
    private const string ValidTour = """
        -- content/tournees/bus.yml --
        nom: Bus numérique de Touraine
        operateur: Solution Vie Pratique
        places: 12
        inscrits_minimum: 6
        seances_par_defaut: ["09:00-12:00", "14:00-17:00"]
        arrets:
          - date: 2027-03-09
            code_insee: "37250"
            lieu: Place de l'Église
            inscription: { aupres_de: Mairie de Sorigny, telephone: "02 61 91 32 50", avant: 2027-03-02 }
            statut: confirme
          - date: 2027-03-10
            code_insee: "37132"
            lieu: Place du Marché
            inscription: { aupres_de: Mairie de Loches, telephone: "02 61 91 31 32", avant: 2027-03-03 }
            statut: confirme

        """;

    private const string SecondStopDate = "  - date: 2027-03-10";

    [Fact]
    public void A_valid_tour_binds_its_stops_with_the_default_sessions()
    {
        using var site = TestSite.Create(ValidTour);

        var (validated, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
        var tour = Assert.Single(validated!.Tours);
        Assert.Equal(2, tour.Stops.Count);
        Assert.Equal(["09:00-12:00", "14:00-17:00"], tour.Stops[0].Sessions.Select(s => s.ToString()));
        Assert.Equal("02 61 91 32 50", tour.Stops[0].Registration!.Phone!.Value.Display);
    }

    [Fact]
    public void An_invalid_time_is_reported_inside_its_quotes()
    {
        using var site = TestSite.Create(ValidTour.Edit("\"14:00-17:00\"]", "\"14:00-17:60\"]"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0112", "content/tournees/bus.yml:5:38", "seances_par_defaut", "« 14:00-17:60 »", "« 09:00-12:00 »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_stop_session_ending_before_it_starts_is_reported()
    {
        using var site = TestSite.Create(ValidTour.Edit("lieu: Place du Marché\n", "lieu: Place du Marché\n    seances: [\"17:00-14:00\"]\n"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0113", "content/tournees/bus.yml:15:16", "2e passage (arrets[1]), champ « seances »", "« 17:00-14:00 »", "finit avant de commencer", "(14:00)", "(17:00)");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Overlapping_sessions_are_reported()
    {
        using var site = TestSite.Create(ValidTour.Edit("\"14:00-17:00\"]", "\"11:00-14:00\"]"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0113", "content/tournees/bus.yml:5:21", "09:00-12:00", "11:00-14:00", "se chevauchent");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_bus_cannot_be_in_two_communes_at_the_same_hours()
    {
        using var site = TestSite.Create(ValidTour.Edit(SecondStopDate, "  - date: 2027-03-09"));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0204", "content/tournees/bus.yml:12:5", "2e passage (arrets[1]), champ « date »", "2027-03-09",
            "à Sorigny, Place de l'Église (09:00-12:00, 14:00-17:00, ligne 7)", "à Loches, Place du Marché (09:00-12:00, 14:00-17:00, ligne 12)", "aux mêmes heures");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_cancelled_stop_frees_its_day()
    {
        using var site = TestSite.Create(ValidTour
            .Edit(SecondStopDate, "  - date: 2027-03-09")
            .Edit("telephone: \"02 61 91 31 32\", avant: 2027-03-03 }\n    statut: confirme", "telephone: \"02 61 91 31 32\", avant: 2027-03-03 }\n    statut: annule\n    motif_annulation: le bus va à Sorigny"));

        var (validated, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
        Assert.Equal(2, validated!.Tours[0].Stops.Count);
    }

    [Fact]
    public void The_same_commune_twice_on_one_day_is_one_visit_written_twice()
    {
        using var site = TestSite.Create(ValidTour.Edit(SecondStopDate, "  - date: 2027-03-09").Edit("\"37132\"", "\"37250\""));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0203", "content/tournees/bus.yml:12:5", "2027-03-09", "Sorigny", "ligne 7", "un seul passage par jour");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_registration_deadline_after_the_stop_is_reported_on_the_deadline()
    {
        using var site = TestSite.Create(ValidTour.Edit("avant: 2027-03-02", "avant: 2027-03-12"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0205", "content/tournees/bus.yml:10:86", "1er passage (arrets[0]), champ « inscription.avant »", "2027-03-12", "2027-03-09", "doit précéder");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_registration_phone_not_in_french_format_is_reported()
    {
        using var site = TestSite.Create(ValidTour.Edit("\"02 61 91 32 50\"", "\"02 61 91\""));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0114", "content/tournees/bus.yml:10:62", "1er passage (arrets[0]), champ « inscription.telephone »", "« 02 61 91 »", "« 02 47 12 34 56 »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_cancelled_stop_needs_a_reason()
    {
        using var site = TestSite.Create(ValidTour.Edit("avant: 2027-03-02 }\n    statut: confirme", "avant: 2027-03-02 }\n    statut: annule"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0122", "content/tournees/bus.yml:11:13", "1er passage (arrets[0]), champ « statut »", "annulé sans motif", "« motif_annulation: … »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_stop_status_outside_the_list_gets_the_list()
    {
        using var site = TestSite.Create(ValidTour.Edit("avant: 2027-03-02 }\n    statut: confirme", "avant: 2027-03-02 }\n    statut: confirmé"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0104", "content/tournees/bus.yml:11:13", "« confirmé »", "Vouliez-vous dire « confirme » ?", "confirme, complet, annule");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_minimum_above_the_seats_is_inconsistent()
    {
        using var site = TestSite.Create(ValidTour.Edit("inscrits_minimum: 6", "inscrits_minimum: 20"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0120", "content/tournees/bus.yml:4:19", "inscrits_minimum", "20 inscrits minimum pour 12 places");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Seats_out_of_range_are_reported_with_the_range()
    {
        using var site = TestSite.Create(ValidTour.Edit("places: 12", "places: 0"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0109", "content/tournees/bus.yml:3:9", "places", "« 0 »", "entre 1 et 100");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void An_unknown_commune_code_of_a_stop_suggests_the_code_one_typo_away()
    {
        using var site = TestSite.Create(ValidTour.Edit("\"37250\"", "\"37251\""));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0201", "content/tournees/bus.yml:8:17", "1er passage (arrets[0]), champ « code_insee »", "« 37251 »", "« 37250 Sorigny »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_confirmed_stop_whose_registration_has_closed_is_a_warning_saying_what_to_do()
    {
        // Given today 2026-11-24: registration closed after 2026-11-20, the visit on 2026-11-30 is still to come
        using var site = TestSite.Create(ValidTour.Edit("date: 2027-03-09", "date: 2026-11-30").Edit("avant: 2027-03-02", "avant: 2026-11-20"));

        var (validated, diagnostics) = site.Validate();

        Assert.NotNull(validated);
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0312", "content/tournees/bus.yml:10:86", "1er passage (arrets[0]), champ « inscription.avant »",
            "inscriptions closes depuis le 2026-11-21", "2026-11-30", "« statut: complet »", "reportez la date « avant »");
        Assert.False(diagnostic.IsError);
        Assert.Single(diagnostics);
    }

    [Theory]
    [InlineData("2026-11-24", "statut: confirme")]
    [InlineData("2026-11-20", "statut: complet")]
    public void A_registration_open_today_or_a_full_stop_is_not_warned_about(string deadline, string status)
    {
        using var site = TestSite.Create(ValidTour.Edit("date: 2027-03-09", "date: 2026-11-30").Edit("avant: 2027-03-02", $"avant: {deadline}")
            .Edit("    statut: confirme\n  - date: 2027-03-10", $"    {status}\n  - date: 2027-03-10"));

        var (_, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_past_stop_is_a_warning()
    {
        using var site = TestSite.Create(ValidTour.Edit("date: 2027-03-09", "date: 2026-11-10").Edit("avant: 2027-03-02", "avant: 2026-11-03"));

        var (validated, diagnostics) = site.Validate();

        Assert.NotNull(validated);
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0302", "content/tournees/bus.yml:7:11", "1er passage (arrets[0]), champ « date »", "2026-11-10", "déjà passé");
        Assert.False(diagnostic.IsError);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_stop_without_a_registration_phone_is_a_warning()
    {
        using var site = TestSite.Create(ValidTour.Edit(", telephone: \"02 61 91 32 50\"", ""));

        var (validated, diagnostics) = site.Validate();

        Assert.NotNull(validated);
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0303", "content/tournees/bus.yml:10:5", "1er passage (arrets[0]), champ « inscription.telephone »", "téléphone");
        Assert.False(diagnostic.IsError);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_stop_without_registration_is_a_warning()
    {
        using var site = TestSite.Create(ValidTour.Edit("    inscription: { aupres_de: Mairie de Sorigny, telephone: \"02 61 91 32 50\", avant: 2027-03-02 }\n", ""));

        var (_, diagnostics) = site.Validate();

        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0303", "content/tournees/bus.yml:7:5", "1er passage (arrets[0]), champ « inscription »", "pas d'inscription");
        Assert.False(diagnostic.IsError);
        Assert.Single(diagnostics);
    }
}
