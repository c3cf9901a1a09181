namespace Relais.Generator.Tests.Cli.New;

/// <summary>`new lieu`: a place file from flags or typed answers, valid, never over an existing file.</summary>
public sealed class NewPlaceCommandTests
{
    private static readonly string[] LochesFlags =
    [
        "lieu", "--nom", "Espace numérique de Loches", "--commune", "loches", "--adresse", "2 rue de la République",
        "--telephone", "0261912001", "--services", "Aide aux démarches administratives", "--services", "Utilisation sécurisée du numérique",
        "--typologie", "EPN, BIB", "--horaires", "Tu-Fr 14:00-18:00; PH off",
    ];

    [Fact]
    public void Flags_alone_write_a_commented_place_file_that_validates_and_binds()
    {
        using var site = TestSite.Create("");

        var result = NewRun.Flags(site, LochesFlags);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Fichier créé : content/lieux/espace-numerique-de-loches.yml", result.Output);
        var lines = site.ReadFile("content/lieux/espace-numerique-de-loches.yml").Split('\n');
        Assert.Equal("# yaml-language-server: $schema=../../schemas/lieu.schema.json", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("nom: Espace numérique de Loches ", StringComparison.Ordinal) && l.Contains("# nom du lieu", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("code_insee: \"37132\" ", StringComparison.Ordinal) && l.EndsWith("# Loches", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("date_maj: 2026-11-24 ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("# frais_a_charge: ", StringComparison.Ordinal));
        var (validated, diagnostics) = site.Validate();
        DiagnosticAssert.NoErrors(diagnostics);
        var place = Assert.Single(validated!.Places);
        Assert.Equal("espace-numerique-de-loches", place.Slug);
        Assert.Equal("37600", place.Address.PostalCode.Value);
        Assert.Equal("02 61 91 20 01", place.Phone!.Value.Display);
        Assert.Equal(2, place.Services.Count);
        Assert.Equal(2, place.Typologies.Count);
        Assert.NotNull(place.Hours);
    }

    [Fact]
    public void Answers_typed_on_the_terminal_write_the_same_file_as_the_flags()
    {
        using var byFlags = TestSite.Create("");
        using var byHand = TestSite.Create("");
        Assert.Equal(0, NewRun.Flags(byFlags, LochesFlags).ExitCode);

        // name, commune (a typo first, then its INSEE code), street, phone, services by number, kinds, hours
        var result = NewRun.Typed(byHand, """
            Espace numérique de Loches
            Lochs
            37132
            2 rue de la République
            02 61 91 20 01
            1, 4
            EPN; BIB
            Tu-Fr 14:00-18:00; PH off

            """, "lieu");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Vouliez-vous dire « Loches » (37132)", result.Output);
        Assert.Contains("1. Aide aux démarches administratives", result.Output);
        Assert.Equal(byFlags.ReadFile("content/lieux/espace-numerique-de-loches.yml"), byHand.ReadFile("content/lieux/espace-numerique-de-loches.yml"));
    }

    [Fact]
    public void Optional_questions_left_empty_are_written_as_commented_lines()
    {
        using var site = TestSite.Create("");

        var result = NewRun.Typed(site, "Point numérique de Sorigny\nSorigny\n1 place de la Mairie\n\n2\n\n\n", "lieu");

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = site.ReadFile("content/lieux/point-numerique-de-sorigny.yml");
        Assert.Contains("\n# telephone: ", text);
        Assert.Contains("\n# horaires: ", text);
        Assert.Contains("\n# typologie: ", text);
        Assert.Contains("\nservices: [Maîtrise des outils numériques du quotidien]", text);
        DiagnosticAssert.NoErrors(site.Validate().Diagnostics);
    }

    [Fact]
    public void An_existing_file_is_never_replaced_and_is_named_in_the_error()
    {
        const string Existing = "# écrit à la main\nnom: Espace numérique de Loches\n";
        using var site = TestSite.Create($"-- content/lieux/espace-numerique-de-loches.yml --\n{Existing}");
        var before = File.ReadAllBytes(Path.Combine(site.Root, "content/lieux/espace-numerique-de-loches.yml"));

        var result = NewRun.Flags(site, LochesFlags);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("content/lieux/espace-numerique-de-loches.yml existe déjà", result.Error);
        Assert.Contains("--fichier", result.Error);
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(site.Root, "content/lieux/espace-numerique-de-loches.yml")));
        Assert.Single(Directory.GetFiles(Path.Combine(site.Root, "content/lieux")));
    }

    [Fact]
    public void Another_file_name_can_be_given_when_the_name_is_taken()
    {
        using var site = TestSite.Create("-- content/lieux/espace-numerique-de-loches.yml --\nnom: autre\n");

        var result = NewRun.Flags(site, [.. LochesFlags, "--fichier", "espace-numerique-de-loches-2"]);

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Contains("nom: Espace numérique de Loches", site.ReadFile("content/lieux/espace-numerique-de-loches-2.yml"));
    }

    [Fact]
    public void A_commune_with_several_postal_codes_needs_one_of_them()
    {
        using var site = TestSite.Create("""
            -- content/communes.csv --
            code_insee,nom,codes_postaux,latitude,longitude,population,dep_code
            37261,Tours,37000|37100|37200,47.394,0.685,136000,37
            """);
        string[] flags = ["lieu", "--nom", "Médiathèque des Fontaines", "--commune", "Tours", "--adresse", "1 rue de Bordeaux", "--services", "1"];

        var missing = NewRun.Flags(site, flags);
        var wrong = NewRun.Flags(site, [.. flags, "--code-postal", "37600"]);
        var right = NewRun.Flags(site, [.. flags, "--code-postal", "37200"]);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--code-postal", missing.Error);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("37000, 37100, 37200", wrong.Error);
        Assert.True(right.ExitCode == 0, right.ToString());
        Assert.Contains("code_postal: \"37200\"", site.ReadFile("content/lieux/mediatheque-des-fontaines.yml"));
    }
}
