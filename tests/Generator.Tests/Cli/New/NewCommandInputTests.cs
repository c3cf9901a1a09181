namespace Relais.Generator.Tests.Cli.New;

/// <summary>What `new` says, in French, when answers are missing or wrong: it never blocks on a script and writes nothing.</summary>
public sealed class NewCommandInputTests
{
    [Fact]
    public void Missing_flags_with_input_redirected_are_listed_and_nothing_is_asked_or_written()
    {
        using var site = TestSite.Create("");

        var result = NewRun.Flags(site, "lieu", "--nom", "Point numérique de Sorigny");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("l'entrée n'est pas un terminal", result.Error);
        Assert.Contains("--commune : nom ou code INSEE de la commune", result.Error);
        Assert.Contains("--adresse", result.Error);
        Assert.Contains("--services", result.Error);
        Assert.DoesNotContain("--telephone", result.Error);
        Assert.Contains("Rien n'a été écrit.", result.Error);
        Assert.Equal("", result.Output);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/lieux")));
    }

    [Fact]
    public void An_unknown_commune_is_refused_with_the_nearest_names()
    {
        using var site = TestSite.Create("");

        var result = NewRun.Flags(site, "lieu", "--nom", "Point numérique", "--commune", "Montbazn", "--adresse", "1 place", "--services", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--commune « Montbazn » : commune « Montbazn » introuvable dans content/communes.csv. Vouliez-vous dire « Montbazon » (37154) ?", result.Error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/lieux")));
    }

    [Fact]
    public void A_commune_far_from_every_name_says_how_to_add_it()
    {
        using var site = TestSite.Create("");

        var result = NewRun.Flags(site, "lieu", "--nom", "Point", "--commune", "Marseille", "--adresse", "1 place", "--services", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("commune « Marseille » introuvable", result.Error);
        Assert.DoesNotContain("Vouliez-vous dire", result.Error);
        Assert.Contains("ajoutez sa ligne à content/communes.csv", result.Error);
    }

    [Fact]
    public void A_flag_of_another_kind_is_a_french_usage_error_naming_the_command()
    {
        using var site = TestSite.Create("");

        var result = NewRun.Flags(site, "tournee", "--nom", "Bus", "--operateur", "Asso", "--places", "8", "--seances", "09:00-12:00", "--commune", "Loches");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("paramètre « --commune » inconnu pour relais new tournee", result.Error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/tournees")));
    }

    [Fact]
    public void Two_communes_of_the_same_name_are_told_apart_by_their_code()
    {
        using var site = TestSite.Create("""
            -- content/communes.csv --
            code_insee,nom,codes_postaux,latitude,longitude,population,dep_code
            37132,Loches,37600,47.129,0.996,6300,37
            65391,Sainte-Marie,65370,42.984,0.585,90,65
            37999,Sainte-Marie,37999,47.100,0.900,100,37
            """);
        string[] flags = ["lieu", "--nom", "Point numérique", "--adresse", "1 place", "--services", "1"];

        var ambiguous = NewRun.Flags(site, [.. flags, "--commune", "ste marie"]);
        var byCode = NewRun.Flags(site, [.. flags, "--commune", "65391"]);

        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("plusieurs communes s'appellent « ste marie » : « Sainte-Marie » (37999) dans Indre-et-Loire (37), « Sainte-Marie » (65391) dans Hautes-Pyrénées (65)", ambiguous.Error);
        Assert.True(byCode.ExitCode == 0, byCode.ToString());
        Assert.Contains("code_insee: \"65391\"", site.ReadFile("content/lieux/point-numerique.yml"));
    }

    [Fact]
    public void A_wrong_answer_typed_is_asked_again_with_the_reason()
    {
        using var site = TestSite.Create("");

        var result = NewRun.Typed(site, "Point\nLoches\n1 place\n02 47 00\n02 61 91 20 01\n12\n1\n\n\n", "lieu");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("« 02 47 00 »", result.Output);
        Assert.Contains("« 12 » n'est pas une valeur possible.", result.Output);
        Assert.Contains("telephone: \"02 61 91 20 01\"", site.ReadFile("content/lieux/point.yml"));
    }

    [Fact]
    public void Input_that_ends_before_the_required_answers_writes_nothing()
    {
        using var site = TestSite.Create("");

        var result = NewRun.Typed(site, "Point numérique\nLoches\n", "lieu");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("réponses interrompues", result.Error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/lieux")));
    }

    [Fact]
    public void The_help_of_each_kind_is_french_and_names_its_flags()
    {
        using var site = TestSite.Create("");

        var place = NewRun.Flags(site, "lieu", "--aide");
        var stop = NewRun.Flags(site, "arret", "--aide");

        Assert.Equal(0, place.ExitCode);
        Assert.Contains("relais new lieu [paramètres]", place.Output);
        Assert.Contains("--commune <COMMUNE>", place.Output);
        Assert.Contains("(obligatoire : demandé s'il manque)", place.Output);
        Assert.Contains("--tournee <TOURNÉE>", stop.Output);
        Assert.DoesNotContain("Show help", place.Output + stop.Output);
    }
}
