using Relais.Generator.Cli;

namespace Relais.Generator.Tests.Cli;

/// <summary>« build --resume FICHIER »: the Markdown summary GitHub shows as a job summary.</summary>
public sealed class BuildSummaryTests
{
    private const string StalePlace = """
        -- content/lieux/epn-loches.yml --
        nom: EPN de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        latitude: 47.1283
        longitude: 0.9958
        date_maj: 2024-10-01
        services: [Maîtrise des outils numériques du quotidien]

        """;

    private static async Task<(int Exit, string Summary)> BuildWithSummary(TestSite site, string before = "")
    {
        var path = Path.Combine(site.Root, "resume.md");
        File.WriteAllText(path, before);
        var exit = await BuildCommand.RunAsync(site.Root, null, "2026-11-24", OutputFormat.Text, new BuildOptions(Pdf: false), TextWriter.Null, TextWriter.Null, summaryPath: path);
        return (exit, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_built_site_is_summed_up_by_page_kind_with_its_warnings_after_what_the_file_held()
    {
        using var site = TestSite.Create(StalePlace);

        var (exit, summary) = await BuildWithSummary(site, before: "## Étape précédente\n");

        Assert.Equal(0, exit);
        Assert.StartsWith("## Étape précédente\n### Site construit\n", summary, StringComparison.Ordinal);
        Assert.Contains("\n| lieu | 1 |\n", summary, StringComparison.Ordinal);
        Assert.Contains("\n| communes | 4 |\n", summary, StringComparison.Ordinal);
        var rows = summary.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Pages", StringComparison.Ordinal) && !l.StartsWith("| **", StringComparison.Ordinal) && !l.StartsWith("| ---", StringComparison.Ordinal));
        var total = rows.Sum(r => int.Parse(r.Split('|')[2].Trim(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains($"| **Total** | **{total}** |", summary, StringComparison.Ordinal);
        Assert.Contains("Aucune erreur. 1 avertissement (les avertissements n'empêchent pas la publication) :", summary, StringComparison.Ordinal);
        // The field's underscore is escaped, or Markdown would read it as emphasis.
        Assert.Contains("- avertissement `content/lieux/epn-loches.yml`, ligne 7, colonne 11 : **OFF0301** champ « date\\_maj » : ", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_site_with_errors_is_not_built_and_the_summary_names_each_error_with_its_file_and_line()
    {
        using var site = TestSite.Create(StalePlace.Replace("\"37132\"", "\"37999\"", StringComparison.Ordinal));

        var (exit, summary) = await BuildWithSummary(site);

        Assert.Equal(1, exit);
        Assert.StartsWith("### Site non construit\n\n1 erreur, ", summary, StringComparison.Ordinal);
        Assert.Contains("Corrigez chaque erreur dans le fichier et à la ligne indiqués", summary, StringComparison.Ordinal);
        Assert.Contains("\n- erreur `content/lieux/epn-loches.yml`, ligne 4, colonne 13 : **OFF0", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("| Pages |", summary, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Past_ten_warnings_the_others_are_counted()
    {
        using var site = TestSite.Create(string.Concat(Enumerable.Range(1, 13).Select(i => StalePlace.Replace("epn-loches", $"epn-{i}", StringComparison.Ordinal).Replace("EPN de Loches", $"EPN {i}", StringComparison.Ordinal))));

        var (exit, summary) = await BuildWithSummary(site);

        Assert.Equal(0, exit);
        Assert.Equal(BuildSummary.WarningsListed, summary.Split('\n').Count(l => l.StartsWith("- avertissement ", StringComparison.Ordinal)));
        Assert.Contains("- … et 3 autres : voir le journal de l'étape.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_option_is_on_the_command_line_and_said_in_french()
    {
        var result = await RelaisProcess.RunAsync("build", "--aide");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, l => l.TrimStart().StartsWith("--resume <FICHIER>", StringComparison.Ordinal) && l.Contains("résumé en Markdown", StringComparison.Ordinal));
    }
}
