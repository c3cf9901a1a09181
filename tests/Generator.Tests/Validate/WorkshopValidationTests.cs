namespace Relais.Generator.Tests.Validate;

public sealed class WorkshopValidationTests
{
    private const string Organiser = """
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

    private const string ValidWorkshop = Organiser + """
        -- content/ateliers/atelier.md --
        ---
        titre: Apprendre l'ordinateur
        organisateur: epn
        lieu: Salle du conseil
        code_insee: "65444"
        niveau: debutant
        places: 8
        places_libres: 2
        chaque_semaine:
          jour: mardi
          horaire: "14:00-16:30"
          du: 2027-01-12
          au: 2027-02-23
          sauf: [2027-02-16]
        frais_a_charge: [Payant]
        inscription: { aupres_de: Mairie, telephone: "05 36 49 10 01" }
        ---
        ## Au programme

        """;

    private const string WeeklyRule = """
        chaque_semaine:
          jour: mardi
          horaire: "14:00-16:30"
          du: 2027-01-12
          au: 2027-02-23
          sauf: [2027-02-16]

        """;

    [Fact]
    public void A_weekly_rule_gives_every_tuesday_but_the_skipped_one()
    {
        using var site = TestSite.Create(ValidWorkshop);

        var (validated, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
        var workshop = Assert.Single(validated!.Workshops);
        Assert.Equal(["2027-01-12", "2027-01-19", "2027-01-26", "2027-02-02", "2027-02-09", "2027-02-23"], workshop.Sessions.Select(s => s.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(workshop.Sessions, s => Assert.Equal("14:00-16:30", s.Time.ToString()));
        Assert.Equal("## Au programme\n", workshop.ProgrammeMarkdown);
    }

    [Fact]
    public void An_organiser_that_is_not_a_place_gets_the_nearest_place()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit("organisateur: epn", "organisateur: epm"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0202", "content/ateliers/atelier.md:3:15", "organisateur", "« epm »", "content/lieux", "Vouliez-vous dire « epn » ?");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_weekly_rule_ending_before_it_starts_is_reported_on_its_end()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit("au: 2027-02-23", "au: 2027-01-05"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0113", "content/ateliers/atelier.md:13:7", "chaque_semaine.au", "2027-01-05", "2027-01-12", "« du » ou « au »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_weekly_rule_of_more_than_two_years_is_a_typo_in_a_year()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit("au: 2027-02-23", "au: 2029-02-23"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0121", "content/ateliers/atelier.md:13:7", "chaque_semaine.au", "plus de deux ans", "l'année");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_weekly_rule_with_no_such_weekday_has_no_session()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit("du: 2027-01-12\n  au: 2027-02-23\n  sauf: [2027-02-16]", "du: 2027-01-13\n  au: 2027-01-18"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0121", "content/ateliers/atelier.md:12:7", "aucun mardi", "2027-01-13", "2027-01-18");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_weekly_rule_up_to_the_last_day_of_the_calendar_binds_rather_than_throws()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit("du: 2027-01-12\n  au: 2027-02-23\n  sauf: [2027-02-16]", "du: 9999-12-01\n  au: 9999-12-31"));

        var (validated, diagnostics) = site.Validate();

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal([new DateOnly(9999, 12, 7), new(9999, 12, 14), new(9999, 12, 21), new(9999, 12, 28)], validated!.Workshops.Single().Sessions.Select(s => s.Date));
    }

    [Fact]
    public void A_session_ending_before_it_starts_is_reported()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit(WeeklyRule, "dates:\n  - { date: 2027-01-12, horaire: \"16:30-14:00\" }\n"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0113", "content/ateliers/atelier.md:10:35", "1re séance (dates[0]), champ « horaire »", "« 16:30-14:00 »", "finit avant de commencer");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_session_date_listed_twice_is_a_warning()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit(WeeklyRule, "dates:\n  - { date: 2027-01-12, horaire: \"14:00-16:30\" }\n  - { date: 2027-01-12, horaire: \"14:00-16:30\" }\n"));

        var (validated, diagnostics) = site.Validate();

        Assert.NotNull(validated);
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0309", "content/ateliers/atelier.md:11:13", "2e séance (dates[1]), champ « date »", "2027-01-12", "doublon");
        Assert.False(diagnostic.IsError);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Dates_and_a_weekly_rule_together_are_refused()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit(WeeklyRule, "dates: [{ date: 2027-01-12, horaire: \"14:00-16:30\" }]\n" + WeeklyRule));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0121", "content/ateliers/atelier.md:10:1", "« dates » et « chaque_semaine »", "l'un ou l'autre");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Neither_dates_nor_a_weekly_rule_is_refused()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit(WeeklyRule, ""));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0121", "content/ateliers/atelier.md:2:1", "séances absentes", "« dates: »", "« chaque_semaine: »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_skipped_date_that_is_not_a_session_day_is_reported()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit("sauf: [2027-02-16]", "sauf: [2027-02-17]"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0121", "content/ateliers/atelier.md:14:10", "chaque_semaine.sauf", "2027-02-17", "un mardi entre le 2027-01-12 et le 2027-02-23");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void More_free_seats_than_seats_is_inconsistent()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit("places_libres: 2", "places_libres: 9"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0120", "content/ateliers/atelier.md:8:16", "places_libres", "9 places libres pour 8 places");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_level_outside_the_list_gets_the_unaccented_label()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit("niveau: debutant", "niveau: débutant"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0104", "content/ateliers/atelier.md:6:9", "niveau", "« débutant »", "« debutant »", "debutant, intermediaire, avance, tous");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_weekday_with_a_capital_gets_the_lower_case_label()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit("jour: mardi", "jour: Mardi"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0104", "content/ateliers/atelier.md:10:9", "chaque_semaine.jour", "« Mardi »", "« mardi »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_yes_no_field_refuses_other_words()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit("frais_a_charge: [Payant]", "frais_a_charge: [Payant]\npass_numerique: peut-être"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0119", "content/ateliers/atelier.md:16:17", "pass_numerique", "« peut-être »", "« oui » ou « non »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_finished_workshop_is_a_warning()
    {
        using var site = TestSite.Create(ValidWorkshop.Edit("du: 2027-01-12\n  au: 2027-02-23\n  sauf: [2027-02-16]", "du: 2026-09-01\n  au: 2026-10-27"));

        var (validated, diagnostics) = site.Validate();

        Assert.NotNull(validated);
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0308", "content/ateliers/atelier.md:2:1", "dernière séance (2026-10-27)", "est passée");
        Assert.False(diagnostic.IsError);
        Assert.Single(diagnostics);
    }
}
