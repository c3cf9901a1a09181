using System.Text;
using Relais.Generator.Resolve;

namespace Relais.Generator.Tests.Cli.New;

/// <summary>`new arret`: a stop added to a tour file as text, every other line kept byte for byte, and bound by the validator.</summary>
public sealed class NewStopCommandTests
{
    private const string TourPath = "content/tournees/bus.yml";

    private const string CommentedTour = """
        # yaml-language-server: $schema=../../schemas/tournee.schema.json
        # Le bus du sud Touraine : une journée par village.
        nom: Bus numérique              # le nom affiché
        operateur: Association du bus
        contact: { telephone: "02 61 91 30 00" }
        places: 12                      # postes par séance
        seances_par_defaut: ["09:00-12:00", "14:00-17:00"]
        date_maj: 2026-11-01
        arrets:
          # Décembre : Loches.
          - date: 2026-12-08
            code_insee: "37132"
            lieu: Place de la Marne       # devant la mairie
            inscription:
              aupres_de: Mairie de Loches
              telephone: "02 61 91 31 32"
            statut: confirme

          # Janvier : Sorigny, puis Montbazon.
          - date: 2027-01-12
            code_insee: "37250"
            lieu: Place de l'Église
            inscription:
              aupres_de: Mairie de Sorigny
              telephone: "02 61 91 32 50"
            statut: confirme
            # date_maj: 2026-11-20
          - date: 2027-01-26
            code_insee: "37154"
            lieu: Parking de la salle des fêtes
            statut: confirme
            inscription: {aupres_de: Mairie de Montbazon, telephone: "02 61 91 31 54"}
          # Plus tard : à confirmer avec les mairies.

        """;

    private static TestSite Site() => TestSite.Create($"-- {TourPath} --\n{CommentedTour}");

    private static string[] Lines(string text) => text.Split('\n');

    /// <summary>The file after is the file before with <paramref name="inserted"/> at line <paramref name="at"/> (1-based), every other line identical.</summary>
    private static void AssertInsertedAt(string before, string after, int at, params string[] inserted)
    {
        var old = Lines(before).ToList();
        old.InsertRange(at - 1, inserted);
        Assert.Equal(old, Lines(after));
    }

    private static int LineOf(string text, string line) => Array.IndexOf(Lines(text), line) + 1;

    private static List<(DateOnly Date, string Commune)> Visits(TestSite site)
    {
        var (validated, diagnostics) = site.Validate();
        DiagnosticAssert.NoErrors(diagnostics);
        return ResolveOffers.Run(validated!, TestSite.Today).Visits.Select(v => (v.Stop.Date, v.Commune.Name)).ToList();
    }

    [Fact]
    public void A_dated_stop_goes_before_the_first_later_one_with_its_comments_and_every_other_line_unchanged()
    {
        using var site = Site();
        var before = site.ReadFile(TourPath);
        var visitsBefore = Visits(site);

        var result = NewRun.Flags(site, "arret", "--tournee", "bus", "--date", "2027-01-05", "--commune", "Montbazon", "--lieu", "Place de la Mairie",
            "--theme", "Se servir de son smartphone", "--inscription-aupres-de", "Mairie de Montbazon", "--inscription-telephone", "0261913154", "--inscription-avant", "2026-12-29");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertInsertedAt(before, site.ReadFile(TourPath), LineOf(before, "  # Janvier : Sorigny, puis Montbazon."),
            "  - date: 2027-01-05",
            "    code_insee: \"37154\"",
            "    lieu: Place de la Mairie",
            "    theme: Se servir de son smartphone",
            "    inscription:",
            "      aupres_de: Mairie de Montbazon",
            "      telephone: \"02 61 91 31 54\"",
            "      avant: 2026-12-29",
            "    statut: confirme",
            "    date_maj: 2026-11-24");
        Assert.Contains("avant le passage du 2027-01-12", result.Output);
        var visits = Visits(site);
        Assert.Equal(visitsBefore.Count + 1, visits.Count);
        Assert.Contains((new DateOnly(2027, 1, 5), "Montbazon"), visits);
    }

    [Fact]
    public void A_later_stop_goes_after_the_last_one_and_before_the_comments_that_follow_it()
    {
        using var site = Site();
        var before = site.ReadFile(TourPath);

        // No --lieu: the tour's last stop in Loches gives it.
        var result = NewRun.Flags(site, "arret", "--tournee", "content/tournees/bus.yml", "--date", "2027-02-09", "--commune", "37132", "--seances", "14:00-17:00");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertInsertedAt(before, site.ReadFile(TourPath), LineOf(before, "  # Plus tard : à confirmer avec les mairies."),
            "  - date: 2027-02-09",
            "    code_insee: \"37132\"",
            "    lieu: Place de la Marne",
            "    seances: [\"14:00-17:00\"]",
            "    # inscription: { aupres_de: Mairie de Loches, telephone: \"02 47 12 34 56\" }",
            "    statut: confirme",
            "    date_maj: 2026-11-24");
        Assert.Contains("après le dernier passage", result.Output);
        Assert.Contains("OFF0303", result.Output); // no registration yet: the validator's warning on the new lines is shown
        Assert.Contains((new DateOnly(2027, 2, 9), "Loches"), Visits(site));
    }

    [Fact]
    public void A_recurring_stop_takes_its_weekday_from_its_first_date_and_gives_every_other_week()
    {
        using var site = Site();
        var before = site.ReadFile(TourPath);

        var result = NewRun.Flags(site, "arret", "--tournee", "bus.yml", "--frequence", "toutes_les_deux_semaines", "--du", "2027-02-01", "--au", "2027-03-29",
            "--commune", "Sorigny", "--lieu", "Devant la mairie", "--inscription-aupres-de", "Mairie de Sorigny", "--inscription-telephone", "02 61 91 32 50");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertInsertedAt(before, site.ReadFile(TourPath), LineOf(before, "  # Plus tard : à confirmer avec les mairies."),
            "  - regulier: { jour: lundi, frequence: toutes_les_deux_semaines, du: 2027-02-01, au: 2027-03-29 }",
            "    code_insee: \"37250\"",
            "    lieu: Devant la mairie",
            "    inscription:",
            "      aupres_de: Mairie de Sorigny",
            "      telephone: \"02 61 91 32 50\"",
            "    statut: confirme",
            "    date_maj: 2026-11-24");
        var mondays = Visits(site).Where(v => v.Commune == "Sorigny" && v.Date.Month is 2 or 3).Select(v => v.Date).ToList();
        Assert.Equal([new(2027, 2, 1), new(2027, 2, 15), new(2027, 3, 1), new(2027, 3, 15)], mondays); // 29 March 2027 is Easter Monday
    }

    [Fact]
    public void The_same_date_and_commune_twice_is_refused_and_the_file_left_alone()
    {
        using var site = Site();
        var before = File.ReadAllBytes(Path.Combine(site.Root, TourPath));

        var result = NewRun.Flags(site, "arret", "--tournee", "bus", "--date", "2027-01-12", "--commune", "Sorigny", "--lieu", "Ailleurs");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{TourPath}, ligne {LineOf(CommentedTour, "  - date: 2027-01-12")} : ce passage existe déjà (le 2027-01-12 à Sorigny)", result.Error);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.Root, TourPath)));
    }

    [Fact]
    public void An_unknown_tour_is_refused_with_the_tours_of_the_site()
    {
        using var site = Site();

        var result = NewRun.Flags(site, "arret", "--tournee", "bsu", "--date", "2027-01-05", "--commune", "Loches", "--lieu", "Place");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("aucune tournée « bsu » dans content/tournees. Vouliez-vous dire « bus » ? Tournées du site : bus.", result.Error);
    }

    [Fact]
    public void A_file_with_windows_line_ends_and_a_bom_keeps_both()
    {
        using var site = TestSite.Create("");
        var crlf = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CommentedTour.ReplaceLineEndings("\r\n"))).ToArray();
        site.WriteBytes(TourPath, crlf);

        var result = NewRun.Flags(site, "arret", "--tournee", "bus", "--date", "2027-01-19", "--commune", "Loches", "--lieu", "Place du Marché", "--inscription-aupres-de", "Mairie de Loches");

        Assert.True(result.ExitCode == 0, result.ToString());
        var bytes = File.ReadAllBytes(Path.Combine(site.Root, TourPath));
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.DoesNotMatch("[^\r]\n", text);
        AssertInsertedAt(CommentedTour.ReplaceLineEndings("\r\n"), text,
            LineOf(CommentedTour, "  - date: 2027-01-26"),
            "  - date: 2027-01-19\r",
            "    code_insee: \"37132\"\r",
            "    lieu: Place du Marché\r",
            "    inscription:\r",
            "      aupres_de: Mairie de Loches\r",
            "    statut: confirme\r",
            "    date_maj: 2026-11-24\r");
        Assert.Contains((new DateOnly(2027, 1, 19), "Loches"), Visits(site));
    }

    [Fact]
    public void A_tour_made_by_new_tournee_takes_its_first_stop_under_arrets()
    {
        using var site = TestSite.Create("");
        Assert.Equal(0, NewRun.Flags(site, "tournee", "--nom", "Bus du Lochois", "--operateur", "Centre social", "--places", "8", "--seances", "09:00-12:00").ExitCode);
        var before = site.ReadFile("content/tournees/bus-du-lochois.yml");

        var first = NewRun.Flags(site, "arret", "--tournee", "bus-du-lochois", "--date", "2027-01-05", "--commune", "Loches", "--lieu", "Place de la Marne");
        var second = NewRun.Flags(site, "arret", "--tournee", "bus-du-lochois", "--date", "2026-12-15", "--commune", "Sorigny", "--lieu", "Place de l'Église");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var after = site.ReadFile("content/tournees/bus-du-lochois.yml");
        var arrets = LineOf(before, Lines(before).Single(l => l.StartsWith("arrets:", StringComparison.Ordinal)));
        Assert.Equal(Lines(before).Length + 10, Lines(after).Length); // five lines each, a commented « inscription » among them
        Assert.Equal("  - date: 2026-12-15", Lines(after)[arrets]);
        Assert.Equal("  - date: 2027-01-05", Lines(after)[arrets + 5]);
        Assert.Equal([new DateOnly(2026, 12, 15), new DateOnly(2027, 1, 5)], Visits(site).Select(v => v.Date).Order());
    }

    [Fact]
    public void Empty_brackets_lose_their_brackets_and_take_the_stop_below()
    {
        using var site = TestSite.Create($"-- {TourPath} --\n{CommentedTour[..CommentedTour.IndexOf("arrets:", StringComparison.Ordinal)]}arrets: []  # à venir\nfinanceurs: [Région]\n");

        var result = NewRun.Flags(site, "arret", "--tournee", "bus", "--date", "2027-01-05", "--commune", "Loches", "--lieu", "Place de la Marne", "--inscription-aupres-de", "Mairie de Loches");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("\narrets:  # à venir\n  - date: 2027-01-05\n    code_insee: \"37132\"\n    lieu: Place de la Marne\n    inscription: { aupres_de: Mairie de Loches }\n    statut: confirme\n    date_maj: 2026-11-24\nfinanceurs: [Région]\n",
            site.ReadFile(TourPath));
        Assert.Contains((new DateOnly(2027, 1, 5), "Loches"), Visits(site));
    }

    [Fact]
    public void A_tour_without_arrets_gets_the_key_at_its_end()
    {
        var withoutStops = CommentedTour[..CommentedTour.IndexOf("arrets:", StringComparison.Ordinal)].TrimEnd('\n');
        using var site = TestSite.Create($"-- {TourPath} --\n{withoutStops}");

        var result = NewRun.Flags(site, "arret", "--tournee", "bus", "--date", "2027-01-05", "--commune", "Loches", "--lieu", "Place de la Marne", "--inscription-aupres-de", "Mairie de Loches");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(withoutStops + "\narrets:\n  - date: 2027-01-05\n    code_insee: \"37132\"\n    lieu: Place de la Marne\n    inscription: { aupres_de: Mairie de Loches }\n    statut: confirme\n    date_maj: 2026-11-24\n",
            site.ReadFile(TourPath));
        Assert.Single(Visits(site));
    }

    [Fact]
    public void Answers_typed_on_the_terminal_add_the_same_stop_as_the_flags()
    {
        using var byFlags = Site();
        using var byHand = Site();
        Assert.Equal(0, NewRun.Flags(byFlags, "arret", "--tournee", "bus", "--date", "2027-01-05", "--commune", "Montbazon", "--lieu", "Place de la Mairie",
            "--inscription-aupres-de", "Mairie de Montbazon", "--inscription-telephone", "02 61 91 31 54", "--inscription-avant", "2026-12-29").ExitCode);

        // tour (the only one: Enter), date, commune, spot (Enter takes the tour's last one there, so it is typed), sessions, theme, registration
        var result = NewRun.Typed(byHand, "\n2027-01-05\nMontbazon\nPlace de la Mairie\n\n\nMairie de Montbazon\n02 61 91 31 54\n2027-01-06\n2026-12-29\n", "arret");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("[Parking de la salle des fêtes]", result.Output);
        Assert.Contains("est après le passage du 2027-01-05", result.Output);
        Assert.Equal(byFlags.ReadFile(TourPath), byHand.ReadFile(TourPath));
    }

    [Fact]
    public void A_stop_added_to_the_sample_tour_validates_and_becomes_a_visit()
    {
        using var site = TestSite.FromSample();
        const string Path = "content/tournees/bus-numerique-touraine.yml";
        var before = site.ReadFile(Path);
        var visitsBefore = Visits(site);

        var result = NewRun.Flags(site, "arret", "--tournee", "bus-numerique-touraine", "--date", "2027-02-16", "--commune", "Ligueil",
            "--theme", "Se servir de sa tablette", "--inscription-aupres-de", "Mairie de Ligueil", "--inscription-telephone", "02 61 91 31 30", "--inscription-avant", "2027-02-09");

        Assert.True(result.ExitCode == 0, result.ToString());
        AssertInsertedAt(before, site.ReadFile(Path), LineOf(before, "  - date: 2027-03-09"),
            "  - date: 2027-02-16",
            "    code_insee: \"37130\"",
            "    lieu: Place du Général Leclerc",
            "    theme: Se servir de sa tablette",
            "    inscription: { aupres_de: Mairie de Ligueil, telephone: \"02 61 91 31 30\", avant: 2027-02-09 }",
            "    statut: confirme",
            "    date_maj: 2026-11-24");
        var visits = Visits(site);
        Assert.Equal(visitsBefore.Count + 1, visits.Count);
        Assert.Contains((new DateOnly(2027, 2, 16), "Ligueil"), visits);
    }
}
