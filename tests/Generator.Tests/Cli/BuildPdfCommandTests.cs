namespace Relais.Generator.Tests.Cli;

/// <summary>`relais build --pdf` on a machine without Chromium: it says so once and builds the rest.</summary>
public sealed class BuildPdfCommandTests
{
    private const string Tour = """
        -- content/tournees/bus-test.yml --
        nom: Bus numérique de test
        operateur: Association de test
        contact: { telephone: "02 61 91 30 00" }
        places: 12
        seances_par_defaut: ["09:00-12:00", "14:00-17:00"]
        frais_a_charge: [Gratuit]
        arrets:
          - date: 2027-03-09
            code_insee: "37250"
            lieu: Place de l'Église
            inscription: { aupres_de: Mairie de Sorigny, telephone: "02 61 91 32 50", avant: 2027-03-02 }
            statut: confirme
        """;

    [Fact]
    public async Task Without_chromium_the_build_says_so_once_writes_no_pdf_and_links_to_none()
    {
        // Given a site with a poster and a sheet to print, and RELAIS_CHROMIUM naming no file
        using var site = TestSite.Create(Tour);
        var missing = Path.Combine(site.Root, "no-such-chromium");
        var environment = new Dictionary<string, string> { ["RELAIS_CHROMIUM"] = missing };

        // When it is built with --pdf
        var result = await RelaisProcess.RunAsync(environment, "build", "--root", site.Root, "--today", "2026-11-24", "--pdf");

        // Then it succeeds, and says once, on stderr, that the PDFs are left out
        Assert.True(result.ExitCode == 0, result.ToString());
        var said = result.Error.Split('\n').Where(l => l.Contains("Chromium", StringComparison.Ordinal)).ToList();
        Assert.Single(said);
        Assert.Contains("sans les PDF", said[0]);
        Assert.DoesNotContain("Chromium", result.Output);
        Assert.DoesNotContain(" PDF.", result.Output);

        // the printable pages are there, but no PDF and no link to one
        site.AssertFile("bus/bus-test/2027-03-09-sorigny/affiche/index.html", "Mardi 9 mars 2027", "! (PDF)");
        site.AssertFile("bus/bus-test/2027-03-09-sorigny/suite/index.html", "! (PDF)");
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.DoesNotContain(files, f => f.EndsWith(".pdf", StringComparison.Ordinal));
        foreach (var page in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            Assert.Empty(OutputAssert.Html(site.Output, Path.GetRelativePath(site.Output, page)).QuerySelectorAll("a[href$=\".pdf\"]"));
    }
}
