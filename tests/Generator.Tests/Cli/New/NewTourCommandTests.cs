namespace Relais.Generator.Tests.Cli.New;

/// <summary>`new tournee`: a bus without stops, valid as written, ready for `new arret`.</summary>
public sealed class NewTourCommandTests
{
    private static readonly string[] WorkshopBus =
        ["tournee", "--nom", "Bus numérique du Lochois", "--operateur", "Centre social du Lochois", "--telephone", "02 61 91 30 00", "--places", "10", "--seances", "14h-17h, 9h-12h"];

    [Fact]
    public void Flags_write_a_workshop_bus_that_validates_with_its_seats_and_sessions()
    {
        using var site = TestSite.Create("");

        var result = NewRun.Flags(site, WorkshopBus);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = site.ReadFile("content/tournees/bus-numerique-du-lochois.yml");
        Assert.StartsWith("# yaml-language-server: $schema=../../schemas/tournee.schema.json\n", text);
        Assert.Contains("\nseances_par_defaut: [\"09:00-12:00\", \"14:00-17:00\"]", text);
        Assert.Contains("# postes par séance", text);
        Assert.Contains("\ndate_maj: 2026-11-24 ", text);
        Assert.Contains("relais new arret --tournee bus-numerique-du-lochois", text);
        var (validated, diagnostics) = site.Validate();
        Assert.Empty(diagnostics);
        var tour = Assert.Single(validated!.Tours);
        Assert.Equal(10, tour.SeatsPerSession);
        Assert.Equal("02 61 91 30 00", tour.Contact.Phone!.Value.Display);
        Assert.Empty(tour.Stops);
    }

    [Fact]
    public void A_permanence_has_no_seats_and_says_how_people_are_received()
    {
        using var site = TestSite.Create("");

        var result = NewRun.Flags(site, "tournee", "--nom", "Bus des démarches", "--operateur", "France Services", "--format", "permanence", "--accueil", "sans_rendez_vous", "--seances", "09:30-12:00");
        var seats = NewRun.Flags(site, "tournee", "--nom", "Autre bus", "--operateur", "France Services", "--format", "permanence", "--places", "4", "--seances", "09:30-12:00");

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = site.ReadFile("content/tournees/bus-des-demarches.yml");
        Assert.Contains("\nformat: permanence ", text);
        Assert.Contains("\naccueil: sans_rendez_vous ", text);
        Assert.DoesNotMatch(@"(?m)^#?\s*(places|inscrits_minimum):", text);
        Assert.Equal(2, seats.ExitCode);
        Assert.Contains("une permanence reçoit une personne à la fois", seats.Error);
        var (validated, diagnostics) = site.Validate();
        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Null(Assert.Single(validated!.Tours).SeatsPerSession);
    }

    [Fact]
    public void Input_that_ends_early_leaves_the_optional_answers_out_and_takes_the_defaults()
    {
        using var site = TestSite.Create("");

        // Ctrl+D after the operator: no phone, the default format; seats and sessions came as flags.
        var result = NewRun.Typed(site, "Bus du Lochois\nCentre social\n", "tournee", "--places", "8", "--seances", "09:00-12:00");

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = site.ReadFile("content/tournees/bus-du-lochois.yml");
        Assert.Contains("\nformat: atelier ", text);
        Assert.Contains("\n# contact: ", text);
        DiagnosticAssert.NoErrors(site.Validate().Diagnostics);
    }

    [Fact]
    public void Answers_typed_on_the_terminal_write_the_same_file_as_the_flags()
    {
        using var byFlags = TestSite.Create("");
        using var byHand = TestSite.Create("");
        Assert.Equal(0, NewRun.Flags(byFlags, WorkshopBus).ExitCode);

        // name, operator, phone, format (default), seats (a wrong one first), sessions
        var result = NewRun.Typed(byHand, "Bus numérique du Lochois\nCentre social du Lochois\n0261913000\n\n0\n10\n09:00-12:00; 14:00-17:00\n", "tournee");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("[atelier]", result.Output);
        Assert.Contains("écrivez un nombre entier de 1 à 100", result.Output);
        Assert.Equal(byFlags.ReadFile("content/tournees/bus-numerique-du-lochois.yml"), byHand.ReadFile("content/tournees/bus-numerique-du-lochois.yml"));
    }
}
