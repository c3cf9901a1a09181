namespace Relais.Generator.Tests.Cli.New;

/// <summary>`new atelier`: a workshop series of a place of the site, weekly or session by session, valid as written.</summary>
public sealed class NewWorkshopCommandTests
{
    private const string Organiser = """
        -- content/lieux/epn-loches.yml --
        nom: Espace public numérique de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        latitude: 47.1283
        longitude: 0.9958
        telephone: "02 61 91 20 01"
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        """;

    private static readonly string[] Weekly =
    [
        "atelier", "--titre", "Premiers pas sur l'ordinateur, à Loches", "--organisateur", "epn-loches", "--lieu", "Salle multimédia",
        "--niveau", "debutant", "--places", "8", "--du", "2027-01-06", "--au", "2027-03-31", "--horaire", "14:30-16:30", "--frais", "Gratuit",
    ];

    [Fact]
    public void Flags_write_a_weekly_series_that_validates_with_the_organiser_defaults()
    {
        using var site = TestSite.Create(Organiser);

        var result = NewRun.Flags(site, Weekly);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = site.ReadFile("content/ateliers/premiers-pas-sur-l-ordinateur-a-loches.md");
        Assert.StartsWith("---\n# yaml-language-server: $schema=../../schemas/atelier.schema.json\n", text);
        Assert.Contains("\n  jour: mercredi\n", text); // 2027-01-06 is a Wednesday
        Assert.Contains("\ncode_insee: \"37132\" ", text); // the organiser's commune
        Assert.Contains("\nadresse: 2 rue de la République ", text); // and its address, in the same commune
        Assert.Contains("\ninscription: { aupres_de: Espace public numérique de Loches, telephone: \"02 61 91 20 01\" }", text);
        Assert.Contains("\n---\n## Au programme\n", text);
        Assert.Contains("\ndate_maj: 2026-11-24 ", text); // the day it was written: subscribed calendars compare versions by it
        var (validated, diagnostics) = site.Validate();
        Assert.DoesNotContain(diagnostics, d => d.Span.File.StartsWith("content/ateliers/", StringComparison.Ordinal));
        var workshop = Assert.Single(validated!.Workshops);
        Assert.Equal("epn-loches", workshop.Organiser.Slug);
        Assert.Equal(new DateOnly(2026, 11, 24), workshop.UpdatedOn);
        Assert.Equal(13, workshop.Sessions.Count); // every Wednesday from 6 January to 31 March 2027
        Assert.All(workshop.Sessions, s => Assert.Equal(DayOfWeek.Wednesday, s.Date.DayOfWeek));
    }

    [Fact]
    public void Sessions_one_by_one_typed_give_the_same_file_as_repeated_flags()
    {
        using var byFlags = TestSite.Create(Organiser);
        using var byHand = TestSite.Create(Organiser);
        var flags = NewRun.Flags(byFlags,
            "atelier", "--titre", "Démarches en ligne à Sorigny", "--organisateur", "epn-loches", "--commune", "Sorigny", "--lieu", "Salle du conseil",
            "--niveau", "tous", "--places", "6", "--seance", "2027-01-18 09:30-12:00", "--seance", "2027-01-25 09:30-12:00", "--frais", "1");

        // title, organiser (a typo first), commune, room, address (none), level, seats, « not weekly », two sessions, end, fees, registration defaults, services
        var typed = NewRun.Typed(byHand, """
            Démarches en ligne à Sorigny
            epn-loche
            epn-loches
            Sorigny
            Salle du conseil

            tous
            6
            non
            2027-01-18 09:30-12:00
            2027-01-25 9h30-12h

            1



            """, "atelier");

        Assert.True(flags.ExitCode == 0, flags.ToString());
        Assert.True(typed.ExitCode == 0, typed.ToString());
        Assert.Contains("Vouliez-vous dire « epn-loches » ?", typed.Output);
        var text = byHand.ReadFile("content/ateliers/demarches-en-ligne-a-sorigny.md");
        Assert.Equal(byFlags.ReadFile("content/ateliers/demarches-en-ligne-a-sorigny.md"), text);
        Assert.Contains("\n  - { date: 2027-01-25, horaire: \"09:30-12:00\" }\n", text);
        Assert.Contains("\n# adresse: ", text); // another commune than the organiser's: its address is not taken
        var (validated, diagnostics) = byHand.Validate();
        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal(2, Assert.Single(validated!.Workshops).Sessions.Count);
    }

    [Fact]
    public void An_organiser_that_is_not_a_place_of_the_site_is_refused()
    {
        using var site = TestSite.Create(Organiser);

        var result = NewRun.Flags(site, [.. Weekly.Select(a => a == "epn-loches" ? "mediatheque" : a)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--organisateur « mediatheque » : aucun lieu « mediatheque » dans content/lieux.", result.Error);
        Assert.Contains("relais new lieu", result.Error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/ateliers")));
    }

    [Fact]
    public void A_series_ending_before_it_starts_is_asked_again()
    {
        using var site = TestSite.Create(Organiser);

        var result = NewRun.Typed(site, "Atelier\nepn-loches\n\nSalle\n\n1\n8\n\n2027-01-06\n2026-12-01\n2027-02-24\n14:00-16:00\n1\n\n\n\n", "atelier");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("précède la première séance", result.Output);
        Assert.Contains("\n  au: 2027-02-24 ", site.ReadFile("content/ateliers/atelier.md"));
    }
}
