using System.Text.RegularExpressions;

namespace Relais.Generator.Tests.Cli;

/// <summary>`relais validate` as a process: exit codes, the lines editors and CI read, never a stack trace.</summary>
public sealed partial class ValidateCommandTests
{
    [GeneratedRegex(@"^(content|input)/[^:]+:\d+:\d+: erreur OFF\d{4}: ")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"^\d+ erreurs?, \d+ avertissements? dans \d+ fichiers?\.$")]
    private static partial Regex SummaryLine();

    private const string BrokenFiles = """
        -- content/lieux/epn.yml --
        nom: EPN de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37999"
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        telephone: "02 47 00"
        -- content/lieux/mediatheque.yml --
        nom: [Médiathèque, de Sorigny
        adresse: 1 place
        -- content/ateliers/atelier.md --
        titre: pas d'en-tête
        -- input/a-propos.md --
        ---
        titre: À propos
        ordre: premier
        ---
        Texte.

        """;

    private static void AssertNoStackTrace(RelaisProcess.Result result)
    {
        foreach (var text in new[] { result.Output, result.Error })
        {
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Content_errors_exit_with_1_and_one_line_each_then_a_summary()
    {
        // Given
        using var site = TestSite.Create(BrokenFiles);
        var (_, diagnostics) = site.Validate();
        var expected = diagnostics.Where(d => d.IsError).Select(d => $"{d.Span.File}:{d.Span.Line}:{d.Span.Column}: erreur {d.Code}: ").ToList();
        Assert.True(expected.Count >= 5, string.Join('\n', diagnostics));

        // When
        var result = await RelaisProcess.RunAsync("validate", "--root", site.Root, "--today", "2026-11-24");

        // Then
        AssertNoStackTrace(result);
        Assert.True(result.ExitCode == 1, result.ToString());
        var errorLines = result.OutputLines.Where(l => ErrorLine().IsMatch(l)).ToList();
        Assert.Equal(expected.Count, errorLines.Count);
        foreach (var start in expected) Assert.Contains(errorLines, l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.Matches(SummaryLine(), result.OutputLines[^1]);
        Assert.StartsWith($"{expected.Count} erreurs, ", result.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_error_shows_its_line_with_a_caret_under_the_column()
    {
        using var site = TestSite.Create(BrokenFiles);

        var result = await RelaisProcess.RunAsync("validate", "--root", site.Root, "--today", "2026-11-24");

        var lines = result.OutputLines;
        var at = Array.FindIndex(lines, l => l.StartsWith("content/lieux/epn.yml:7:13: erreur OFF0114: ", StringComparison.Ordinal));
        Assert.True(at >= 0, result.ToString());
        Assert.Equal("  7 | telephone: \"02 47 00\"", lines[at + 1]);
        Assert.Equal("    | " + new string(' ', 12) + "^", lines[at + 2]);
    }

    [Fact]
    public async Task The_sample_site_exits_with_0_and_prints_its_warnings()
    {
        var result = await RelaisProcess.RunAsync("validate", "--root", Repository.Root, "--today", "2026-11-24");

        AssertNoStackTrace(result);
        Assert.True(result.ExitCode == 0, result.ToString());
        var warnings = result.OutputLines.Count(l => Regex.IsMatch(l, @"^[a-z]+/\S+:\d+:\d+: avertissement OFF03\d\d: "));
        Assert.True(warnings > 0, result.ToString());
        Assert.DoesNotContain(result.OutputLines, l => l.Contains(": erreur OFF", StringComparison.Ordinal));
        Assert.Matches(SummaryLine(), result.OutputLines[^1]);
        Assert.StartsWith($"0 erreur, {warnings} avertissement", result.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_default_command_validates_too()
    {
        using var site = TestSite.Create(BrokenFiles);

        var result = await RelaisProcess.RunAsync("--root", site.Root, "--today", "2026-11-24");

        AssertNoStackTrace(result);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.OutputLines, l => ErrorLine().IsMatch(l));
    }

    [Fact]
    public async Task A_folder_without_content_is_a_usage_error()
    {
        var folder = Directory.CreateTempSubdirectory("relais-empty-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "statiq.json"), "{}");

            var result = await RelaisProcess.RunAsync("validate", "--root", folder);

            AssertNoStackTrace(result);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("n'est pas un dossier de site", result.Error, StringComparison.Ordinal);
            Assert.Contains("content/", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_folder_that_does_not_exist_is_a_usage_error()
    {
        var result = await RelaisProcess.RunAsync("validate", "--root", Path.Combine(Path.GetTempPath(), $"relais-none-{Guid.NewGuid():N}"));

        AssertNoStackTrace(result);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("n'existe pas", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("24/11/2026")]
    [InlineData("2026-02-30")]
    [InlineData("demain")]
    public async Task A_malformed_today_is_a_usage_error(string today)
    {
        using var site = TestSite.Create("");

        var result = await RelaisProcess.RunAsync("validate", "--root", site.Root, "--today", today);

        AssertNoStackTrace(result);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"« {today} »", result.Error, StringComparison.Ordinal);
        Assert.Contains("AAAA-MM-JJ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var result = await RelaisProcess.RunAsync("validate", "--racine", ".");

        AssertNoStackTrace(result);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--aide", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_github_format_prints_escaped_annotations()
    {
        // Given a file name with a comma and a title with a colon (OFF0004 « … clé: valeur »)
        using var site = TestSite.Create("""
            -- content/lieux/a,b.yml --
            nom: EPN de Loches
            adresse: 2 rue de la République
            code_postal: "37600"
            code_insee: "37132"
            latitude: 47.1283
            longitude: 0.9958
            date_maj: 2026-10-01
            services: [Maîtrise des outils numériques du quotidien]
            -- content/lieux/liste.yml --
            - nom: A

            """);

        // When
        var result = await RelaisProcess.RunAsync("validate", "--root", site.Root, "--today", "2026-11-24", "--format", "github");

        // Then
        AssertNoStackTrace(result);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.All(result.OutputLines[..^1], l => Assert.Matches(@"^::(error|warning) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::", l));
        // The check's own message, in French, after the annotations: GitHub's « exit code 1 » is all it would say otherwise.
        Assert.Matches(@"^::error title=Vérification du contenu::2 erreurs, \d+ avertissements? dans 2 fichiers\. Chaque erreur est signalée sur sa ligne, dans l'onglet « Files changed »", result.OutputLines[^1]);
        Assert.Contains(result.OutputLines, l => l.StartsWith("::error file=content/lieux/a%2Cb.yml,line=1,col=1,", StringComparison.Ordinal) && l.Contains("title=OFF0007 Nom de fichier invalide::", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("::error file=content/lieux/liste.yml,line=1,col=1,", StringComparison.Ordinal) && l.Contains("title=OFF0004 Le fichier doit contenir des champs « clé%3A valeur »::", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutputLines, l => SummaryLine().IsMatch(l));
    }

    /// <summary>Eight places verified long ago, one of them far from its commune and with a line break in a fee.</summary>
    private static string StalePlaces() => string.Concat(Enumerable.Range(1, 8).Select(i => $"""
        -- content/lieux/lieu-{i}.yml --
        nom: Lieu {i}
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        latitude: {(i == 8 ? "47.379" : "47.1283")}
        longitude: 0.9958
        date_maj: 2024-10-01
        services: [Maîtrise des outils numériques du quotidien]
        frais_a_charge: [{(i == 8 ? "\"Gratuit\\nPayant\"" : "Gratuit")}]

        """));

    [Fact]
    public async Task A_warning_in_every_file_is_folded_after_five_and_tous_shows_them_all()
    {
        using var site = TestSite.Create(StalePlaces());

        var folded = await RelaisProcess.RunAsync("validate", "--root", site.Root, "--today", "2026-11-24");
        var all = await RelaisProcess.RunAsync("validate", "--root", site.Root, "--today", "2026-11-24", "--tous");

        AssertNoStackTrace(folded);
        Assert.True(folded.ExitCode == 1, folded.ToString());
        Assert.Equal(5, folded.OutputLines.Count(l => l.Contains(": avertissement OFF0301: ", StringComparison.Ordinal)));
        Assert.Contains("… et 3 autres du même type (OFF0301 Données de plus d'un an) ; --tous pour tout voir.", folded.OutputLines);
        // the rare warning and the error are shown, the summary counts everything
        Assert.Single(folded.OutputLines, l => l.StartsWith("content/lieux/lieu-8.yml:5:11: avertissement OFF0305: ", StringComparison.Ordinal));
        Assert.Single(folded.OutputLines, l => l.StartsWith("content/lieux/lieu-8.yml:9:19: erreur OFF0104: champ « frais_a_charge » : « Gratuit⏎Payant » ", StringComparison.Ordinal));
        Assert.Equal("1 erreur, 9 avertissements dans 8 fichiers.", folded.OutputLines[^1]);

        Assert.True(all.ExitCode == 1, all.ToString());
        Assert.Equal(8, all.OutputLines.Count(l => l.Contains(": avertissement OFF0301: ", StringComparison.Ordinal)));
        Assert.DoesNotContain(all.OutputLines, l => l.StartsWith('…'));
    }

    [Fact]
    public async Task Yaml_that_once_crashed_the_parser_is_a_content_error()
    {
        // YamlDotNet throws a bare InvalidOperationException on an unclosed « [ » followed by a line.
        using var site = TestSite.Create("-- content/lieux/epn.yml --\nnom: [EPN, de Loches\nadresse: 2 rue\n");

        var result = await RelaisProcess.RunAsync("validate", "--root", site.Root, "--today", "2026-11-24");

        AssertNoStackTrace(result);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.OutputLines, l => l.StartsWith("content/lieux/epn.yml:1:7: erreur OFF0001: ", StringComparison.Ordinal));
    }
}
