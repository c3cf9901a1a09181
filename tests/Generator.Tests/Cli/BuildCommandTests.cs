using Relais.Generator.Cli;
using Relais.Generator.Plan;

namespace Relais.Generator.Tests.Cli;

public sealed class BuildCommandTests
{
    [Fact]
    public void Every_page_kind_has_its_own_name_and_French_names_for_the_build_summary()
    {
        // The summary counts pages by kind with these names; two kinds alike would read as one.
        Assert.All(PageKinds.All, k => Assert.False(string.IsNullOrWhiteSpace(k.One) || string.IsNullOrWhiteSpace(k.Many), k.Name));
        Assert.Equal(PageKinds.All.Count, PageKinds.All.Select(k => k.Name).Distinct().Count());
        Assert.Equal(PageKinds.All.Count, PageKinds.All.Select(k => k.Many).Distinct().Count());
        // Each kind its own component, but the pages that only send on, which share one.
        var pages = PageKinds.All.Where(k => k.Listed).ToList();
        Assert.Equal(pages.Count, pages.Select(k => k.Component).Distinct().Count());
        Assert.All(PageKinds.All.Where(k => !k.Listed), k => Assert.Equal(typeof(Relais.Theme.Pages.RedirectPage), k.Component));
    }

    [Fact]
    public async Task The_build_folds_a_warning_repeated_in_many_files_unless_tous_is_given()
    {
        using var site = TestSite.Create(string.Concat(Enumerable.Range(1, 7).Select(i => $"""
            -- content/lieux/lieu-{i}.yml --
            nom: Lieu {i}
            adresse: 2 rue de la République
            code_postal: "37600"
            code_insee: "37132"
            latitude: 47.1283
            longitude: 0.9958
            date_maj: 2024-10-01
            services: [Maîtrise des outils numériques du quotidien]

            """)));

        async Task<string[]> Build(bool all)
        {
            using var stdout = new StringWriter();
            var exit = await BuildCommand.RunAsync(site.Root, null, "2026-11-24", OutputFormat.Text, new BuildOptions(Pdf: false), stdout, TextWriter.Null, all);
            Assert.True(exit == 0, stdout.ToString());
            return stdout.ToString().ReplaceLineEndings("\n").Split('\n');
        }

        var folded = await Build(all: false);
        var every = await Build(all: true);

        Assert.Equal(5, folded.Count(l => l.Contains(": avertissement OFF0301: ", StringComparison.Ordinal)));
        Assert.Contains("… et 2 autres du même type (OFF0301 Données de plus d'un an) ; --tous pour tout voir.", folded);
        Assert.EndsWith("; 7 avertissements.", folded.Last(l => l.Length > 0), StringComparison.Ordinal);
        Assert.Equal(7, every.Count(l => l.Contains(": avertissement OFF0301: ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("validate")]
    public async Task The_help_of_build_and_validate_offers_tous_in_french(string command)
    {
        var result = await RelaisProcess.RunAsync(command, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, l => l.TrimStart().StartsWith("--tous", StringComparison.Ordinal) && l.Contains("Affiche chaque avertissement", StringComparison.Ordinal));
    }
}
