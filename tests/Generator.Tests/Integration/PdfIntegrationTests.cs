using Relais.Generator.Tests.SampleSite;

namespace Relais.Generator.Tests.Integration;

/// <summary>
/// PDFs from a small inline site with one printable page of each kind. The sample's own PDFs are
/// checked page by page in <see cref="SamplePdfTests"/>; building all of them a second time only
/// to compare bytes would cost another minute of Chromium.
/// </summary>
public sealed class PdfIntegrationTests
{
    /// <summary>
    /// A visit to come at Sorigny (its poster and sheet, and posters for Sorigny and Montbazon 5 km
    /// away), a past one at Montbazon (its sheet, with the nearest place), and a workshop at Loches
    /// (Loches's poster).
    /// </summary>
    private const string Printables = """
        -- content/tournees/bus-test.yml --
        nom: Bus numérique de test
        operateur: Association de test
        contact: { telephone: "02 61 91 30 00" }
        places: 12
        seances_par_defaut: ["09:00-12:00", "14:00-17:00"]
        frais_a_charge: [Gratuit]
        arrets:
          - date: 2026-11-17
            code_insee: "37154"
            lieu: Salle des fêtes
            statut: confirme
          - date: 2027-03-09
            code_insee: "37250"
            lieu: Place de l'Église
            theme: Découvrir l'ordinateur et internet
            inscription: { aupres_de: Mairie de Sorigny, telephone: "02 61 91 32 50", avant: 2027-03-02 }
            statut: confirme
        -- content/lieux/epn-montbazon.yml --
        nom: Espace public numérique de Montbazon
        adresse: 1 place du Marché
        code_postal: "37250"
        code_insee: "37154"
        telephone: "02 61 91 20 02"
        horaires: "Tu-Fr 14:00-18:00; PH off"
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        frais_a_charge: [Gratuit]
        -- content/ateliers/loches-premiers-pas.md --
        ---
        titre: Premiers pas à Loches
        organisateur: epn-montbazon
        lieu: Médiathèque
        code_insee: "37132"
        niveau: debutant
        places: 8
        dates:
          - { date: 2027-01-13, horaire: "14:30-16:30" }
        frais_a_charge: [Gratuit]
        inscription: { aupres_de: Espace public numérique de Montbazon, telephone: "02 61 91 20 02" }
        ---
        Programme.

        """;

    [Fact]
    public async Task Two_builds_with_pdf_give_byte_identical_pdfs_of_every_printable_kind()
    {
        // Given a site with a visit poster, after-the-bus sheets and commune posters
        ExternalTools.Require(chromium: true);
        using var site = TestSite.Create(Printables);
        var first = Path.Combine(site.Root, "first");
        var second = Path.Combine(site.Root, "second");

        // When it is built twice with --pdf, into two folders
        var (exit, stdout, stderr) = await Sample.BuildAsync(site.Root, first, pdf: true);
        Assert.True(exit == 0, stdout + stderr);
        (exit, stdout, stderr) = await Sample.BuildAsync(site.Root, second, pdf: true);
        Assert.True(exit == 0, stdout + stderr);

        // Then both hold the PDF of every printable page of each kind
        var pdfs = Sample.Files(first).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "bus/bus-test/2026-11-17-montbazon/suite.pdf",
                "bus/bus-test/2027-03-09-sorigny/affiche.pdf",
                "bus/bus-test/2027-03-09-sorigny/suite.pdf",
                "communes/loches-37132/affiche.pdf",
                "communes/montbazon-37154/affiche.pdf",
                "communes/sorigny-37250/affiche.pdf",
            ],
            pdfs);
        Assert.Equal(pdfs, Sample.Files(second).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)));

        // with the same bytes
        var different = pdfs.Where(f => !File.ReadAllBytes(Path.Combine(first, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, f)))).ToList();
        Assert.True(different.Count == 0, "Differ between two builds:\n" + string.Join("\n", different));
    }
}
