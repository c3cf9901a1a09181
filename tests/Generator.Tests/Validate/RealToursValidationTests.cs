using Relais.Model.Vocabularies;

namespace Relais.Generator.Tests.Validate;

/// <summary>Tours as buses really run: recurring stops, two communes a day, permanences without seats.</summary>
public sealed class RealToursValidationTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private const string Permanence = """
        -- content/tournees/bus.yml --
        nom: Bus France Services
        operateur: Communauté de communes
        contact: { telephone: "05 36 49 10 01" }
        format: permanence
        accueil: sur_rendez_vous
        seances_par_defaut: ["09:30-12:30"]
        arrets:
          - regulier: { jour: lundi, frequence: toutes_les_deux_semaines, du: 2026-12-07, au: 2027-06-28, sauf: [2026-12-21] }
            code_insee: "37250"
            lieu: Devant la mairie
            statut: confirme
          - regulier: { jour: lundi, frequence: toutes_les_deux_semaines, du: 2026-12-07, au: 2027-06-28 }
            code_insee: "37132"
            lieu: Place du Marché
            seances: ["14:00-17:00"]
            statut: confirme

        """;

    private static readonly string Second = "    lieu: Place du Marché\n    seances: [\"14:00-17:00\"]\n";

    [Fact]
    public void A_fortnightly_stop_is_expanded_from_its_first_date_without_the_excluded_days_and_public_holidays()
    {
        using var site = TestSite.Create(Permanence);

        var (validated, diagnostics) = site.Validate(Today);

        Assert.Empty(diagnostics);
        var stops = validated!.Tours.Single().Stops.Where(s => s.Commune.Code.Value == "37250").Select(s => s.Date).ToList();
        // Every other Monday from 7 December, but 21 December (« sauf ») and Easter Monday 29 March 2027 (a public holiday)
        DateOnly[] expected =
        [
            new(2026, 12, 7), new(2027, 1, 4), new(2027, 1, 18), new(2027, 2, 1), new(2027, 2, 15), new(2027, 3, 1), new(2027, 3, 15),
            new(2027, 4, 12), new(2027, 4, 26), new(2027, 5, 10), new(2027, 5, 24), new(2027, 6, 7), new(2027, 6, 21),
        ];
        Assert.Equal(expected, stops);
        Assert.All(validated.Tours.Single().Stops, s => Assert.Equal(StopFormat.Permanence, s.Format));
        Assert.Null(validated.Tours.Single().SeatsPerSession);
    }

    [Fact]
    public void Fortnights_are_counted_from_the_first_date_across_a_53_week_year()
    {
        // 2026 has 53 ISO weeks: by week parity, 28 December 2026 (week 53) and 4 January 2027 (week 1) would both be « odd »
        using var site = TestSite.Create(Permanence.Edit("du: 2026-12-07, au: 2027-06-28, sauf: [2026-12-21] }", "du: 2026-12-14, au: 2027-01-31 }"));

        var (validated, diagnostics) = site.Validate(Today);

        Assert.Empty(diagnostics);
        Assert.Equal([new(2026, 12, 14), new(2026, 12, 28), new(2027, 1, 11), new(2027, 1, 25)],
            validated!.Tours.Single().Stops.Where(s => s.Commune.Code.Value == "37250").Select(s => s.Date));
    }

    [Fact]
    public void Public_holidays_are_kept_when_the_stop_says_so()
    {
        using var site = TestSite.Create(Permanence.Edit("sauf: [2026-12-21] }", "sauf: [2026-12-21], jours_feries: oui }"));

        var (validated, _) = site.Validate(Today);

        Assert.Contains(validated!.Tours.Single().Stops, s => s.Date == new DateOnly(2027, 3, 29));
    }

    [Fact]
    public void Morning_in_one_commune_and_afternoon_in_another_is_fine_but_overlapping_hours_name_both_stops()
    {
        // Given the same Mondays in two communes, the second one's afternoon moved into the morning
        using var site = TestSite.Create(Permanence.Edit(Second, "    lieu: Place du Marché\n    seances: [\"11:00-13:00\"]\n"));

        var (validated, diagnostics) = site.Validate(Today);

        // Then one error, said once (not for each of the 13 Mondays), naming both stops with their hours and lines
        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0204", "content/tournees/bus.yml:12:5", "2e passage (arrets[1]), champ « regulier »",
            "le 2026-12-07", "à Sorigny, Devant la mairie (09:30-12:30, ligne 8)", "à Loches, Place du Marché (11:00-13:00, ligne 12)", "aux mêmes heures");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Two_stops_the_same_day_without_their_own_times_overlap()
    {
        using var site = TestSite.Create(Permanence.Edit(Second, "    lieu: Place du Marché\n"));

        var (_, diagnostics) = site.Validate(Today);

        DiagnosticAssert.Single(diagnostics, "OFF0204", "content/tournees/bus.yml:12:5", "(09:30-12:30, ligne 8)", "(09:30-12:30, ligne 12)");
    }

    [Fact]
    public void A_first_date_on_another_weekday_is_an_error_at_the_date()
    {
        using var site = TestSite.Create(Permanence.Edit("du: 2026-12-07, au: 2027-06-28 }", "du: 2026-12-08, au: 2027-06-28 }"));

        var (validated, diagnostics) = site.Validate(Today);

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0140", "content/tournees/bus.yml:12:71", "regulier.du", "le 2026-12-08 est un mardi, pas un lundi");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void An_excluded_day_that_is_not_a_stop_day_is_an_error()
    {
        using var site = TestSite.Create(Permanence.Edit("sauf: [2026-12-21]", "sauf: [2026-12-22]"));

        var (_, diagnostics) = site.Validate(Today);

        DiagnosticAssert.Single(diagnostics, "OFF0140", "content/tournees/bus.yml:8:106", "regulier.sauf", "2026-12-22 n'est pas un jour de passage", "tous les 15 jours à partir du 2026-12-07");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_stop_with_both_a_date_and_a_rule_or_neither_is_an_error()
    {
        using var both = TestSite.Create(Permanence.Edit("    code_insee: \"37250\"\n", "    date: 2026-12-07\n    code_insee: \"37250\"\n"));
        using var neither = TestSite.Create(Permanence.Edit("  - regulier: { jour: lundi, frequence: toutes_les_deux_semaines, du: 2026-12-07, au: 2027-06-28, sauf: [2026-12-21] }\n    code_insee", "  - code_insee"));

        DiagnosticAssert.Single(both.Validate(Today).Diagnostics, "OFF0141", "content/tournees/bus.yml:8:15", "à la fois une « date » et « regulier »");
        DiagnosticAssert.Single(neither.Validate(Today).Diagnostics, "OFF0101", "content/tournees/bus.yml:8:5", "passage sans date", "regulier");
    }

    [Fact]
    public void A_permanence_has_no_seats_no_full_status_and_no_deadline()
    {
        using var full = TestSite.Create(Permanence.Edit("    lieu: Devant la mairie\n    statut: confirme", "    lieu: Devant la mairie\n    statut: complet"));
        using var deadline = TestSite.Create(Permanence.Edit("    lieu: Devant la mairie\n", "    lieu: Devant la mairie\n    inscription: { aupres_de: Mairie, telephone: \"02 61 91 32 50\", avant: 2026-12-01 }\n"));

        DiagnosticAssert.Single(full.Validate(Today).Diagnostics, "OFF0141", "content/tournees/bus.yml:11:13", "une permanence n'a pas de places");
        DiagnosticAssert.Single(deadline.Validate(Today).Diagnostics, "OFF0141", "content/tournees/bus.yml:11:75", "une permanence n'a pas de date limite");
    }

    [Fact]
    public void A_workshop_tour_needs_its_seats_and_a_permanence_needs_none()
    {
        using var workshops = TestSite.Create(Permanence.Edit("format: permanence\naccueil: sur_rendez_vous\n", ""));

        var (validated, diagnostics) = workshops.Validate(Today);

        Assert.Null(validated);
        // (and, as workshops, each stop is warned about its missing registration)
        var error = Assert.Single(diagnostics, d => d.Descriptor.Severity == Relais.Generator.Diagnostics.Severity.Error);
        DiagnosticAssert.Single([error], "OFF0101", "content/tournees/bus.yml:1:1", "places", "format: permanence");
    }

    [Fact]
    public void A_permanence_by_appointment_without_any_phone_is_warned_about()
    {
        using var site = TestSite.Create(Permanence.Edit("contact: { telephone: \"05 36 49 10 01\" }\n", ""));

        var (validated, diagnostics) = site.Validate(Today);

        Assert.NotNull(validated);
        Assert.Equal(2, diagnostics.Count(d => d.Descriptor.Code == "OFF0303"));
        Assert.All(diagnostics, d => Assert.Contains("prendre rendez-vous", d.Message));
    }
}
