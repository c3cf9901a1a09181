using Relais.Generator.Diagnostics;

namespace Relais.Generator.Tests.Cache;

/// <summary>With --pdf, a poster whose page was kept is kept too: Chromium prints only what changed.</summary>
public sealed class KeptPdfTests
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
          - date: 2027-03-16
            code_insee: "65444"
            lieu: Salle des fêtes
            statut: confirme
        -- content/lieux/mairie-tibiran.yml --
        nom: Mairie de Tibiran-Jaunac
        adresse: 1 place de la Mairie
        code_postal: "65150"
        code_insee: "65444"
        telephone: "02 61 91 20 07"
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        frais_a_charge: [Gratuit]
        """;

    /// <summary>Five places around Sorigny: more than any list of Sorigny's shows, so that Tibiran-Jaunac's is on none.</summary>
    private static string PlacesNearSorigny() => string.Concat(
        new[] { ("37250", "Sorigny"), ("37250", "Sorigny bis"), ("37154", "Montbazon"), ("37154", "Montbazon bis"), ("37132", "Loches") }.Select((p, i) => $"""
            -- content/lieux/lieu-{i}.yml --
            nom: Espace numérique de {p.Item2}
            adresse: {i + 1} rue de la Poste
            code_postal: "{(p.Item1 == "37132" ? "37600" : "37250")}"
            code_insee: "{p.Item1}"
            telephone: "02 61 91 20 0{i}"
            date_maj: 2026-10-01
            services: [Maîtrise des outils numériques du quotidien]
            frais_a_charge: [Gratuit]

            """));

    private static BuildReport Build(TestSite site) =>
        Task.Run(() => SiteBuild.BuildAsync(site.Root, site.Output, TestSite.Today, new DiagnosticBag(), new BuildOptions(Pdf: true))).GetAwaiter().GetResult()
        ?? throw new InvalidOperationException("the site must build");

    [Fact]
    public void After_a_place_changed_only_the_pdfs_that_show_it_are_printed_again()
    {
        ExternalTools.Require(chromium: true);
        // Given a site built with its PDFs: two stops, five places around Sorigny and one in Tibiran-Jaunac
        using var site = TestSite.Create(Tour + "\n" + PlacesNearSorigny());
        var first = Build(site);
        Assert.True(first.Pdfs > 2, $"{first.Pdfs} PDF");
        var before = Pdfs(site);

        // When the phone of Tibiran-Jaunac's town hall, 400 km from Sorigny, changes and the site is built again
        site.EditFile("content/lieux/mairie-tibiran.yml", "02 61 91 20 07", "02 61 91 20 08");
        var second = Build(site);

        // Then the PDFs of Sorigny are kept as they were, and Tibiran-Jaunac's poster is printed again
        Assert.Equal(first.Pdfs, second.Pdfs);
        Assert.True(second.PdfsKept >= 1 && second.PdfsKept < second.Pdfs, $"{second.PdfsKept} of {second.Pdfs} PDF kept, {second.PagesKept} pages kept");
        var after = Pdfs(site);
        Assert.Equal(before.Keys, after.Keys);
        var poster = "communes/tibiran-jaunac-65444/affiche.pdf";
        Assert.NotEqual(before[poster], after[poster]);
        Assert.Equal(before["bus/bus-test/2027-03-09-sorigny/affiche.pdf"], after["bus/bus-test/2027-03-09-sorigny/affiche.pdf"]);
        // every PDF that changed was among those printed
        Assert.True(after.Count(p => !p.Value.AsSpan().SequenceEqual(before[p.Key])) <= second.Pdfs - second.PdfsKept);
    }

    private static Dictionary<string, byte[]> Pdfs(TestSite site) =>
        Directory.EnumerateFiles(site.Output, "*.pdf", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
