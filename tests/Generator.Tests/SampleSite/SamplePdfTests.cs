using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// The PDFs of the sample's posters and sheets: one A4 page each, linked from the pages, their QR
/// codes readable. That two builds give the same bytes is checked on a small site
/// (<see cref="Integration.PdfIntegrationTests"/>).
/// </summary>
[Collection(typeof(PrintedSample))]
public sealed partial class SamplePdfTests(SamplePdfFixture sample)
{
    private const double A4WidthPt = 595.28;
    private const double A4HeightPt = 841.89;

    [GeneratedRegex(@"^Page size:\s+([\d.]+) x ([\d.]+) pts", RegexOptions.Multiline)]
    private static partial Regex PageSize();

    [GeneratedRegex(@"^Pages:\s+(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Pages();

    [GeneratedRegex(@"^CreationDate:\s+(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex CreationDate();

    [Fact]
    public async Task Every_poster_and_sheet_has_its_pdf_of_exactly_one_A4_page_dated_by_today()
    {
        // Given the sample built with --pdf
        sample.AssertBuilt("pdfinfo");
        var printable = sample.PrintablePages();
        Assert.NotEmpty(printable);

        // Then the PDFs are exactly those of the printable pages, and the build counts them
        var pdfs = Sample.Files(sample.Output).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        Assert.Equal(printable.Select(SamplePdfFixture.PdfOf).Order(StringComparer.Ordinal), pdfs);
        Assert.Contains($", {pdfs.Count} PDF.", sample.Stdout);

        // each one A4 page (595 × 842 pt, give or take one), as pdfinfo reads it, created on --today
        var problems = new List<string>();
        foreach (var pdf in pdfs)
        {
            var (exit, output, error) = await ExternalTools.RunAsync("pdfinfo", "-isodates", Path.Combine(sample.Output, pdf));
            var info = Encoding.UTF8.GetString(output);
            Assert.True(exit == 0, $"pdfinfo cannot read {pdf}: {error}");
            var pages = Pages().Match(info);
            var size = PageSize().Match(info);
            Assert.True(pages.Success && size.Success, $"pdfinfo said nothing of pages or size for {pdf}:\n{info}");
            if (pages.Groups[1].Value != "1") problems.Add($"{pdf}: {pages.Groups[1].Value} pages");
            var (width, height) = (Number(size.Groups[1].Value), Number(size.Groups[2].Value));
            if (Math.Abs(width - A4WidthPt) > 1 || Math.Abs(height - A4HeightPt) > 1) problems.Add($"{pdf}: {width} x {height} pts, not A4 portrait");
            if (CreationDate().Match(info) is not { Success: true } created || !created.Groups[1].Value.StartsWith(Sample.TodayText + "T00:00:00", StringComparison.Ordinal))
                problems.Add($"{pdf}: created {CreationDate().Match(info).Groups[1].Value}, not on {Sample.TodayText}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_pdf_link_leads_to_a_file_and_every_printable_page_and_its_page_link_to_their_pdf()
    {
        sample.AssertBuilt();
        var files = Sample.Files(sample.Output).ToHashSet(StringComparer.Ordinal);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        var checkedLinks = 0;

        // Every link to a PDF, on any page, leads to a file and says what it is
        foreach (var path in Sample.HtmlPages(sample.Output))
        {
            foreach (var link in OutputAssert.Html(sample.Output, path).QuerySelectorAll("a[href$=\".pdf\"]"))
            {
                checkedLinks++;
                var file = Sample.FileOf(link.GetAttribute("href")!);
                Assert.True(files.Contains(file), $"{path}: {link.GetAttribute("href")} leads to no file");
                Assert.Contains(link.Text(), new[] { "Télécharger l'affiche (PDF)", "Télécharger la fiche (PDF)" });
                Assert.Equal(file.EndsWith("/suite.pdf", StringComparison.Ordinal) ? "Télécharger la fiche (PDF)" : "Télécharger l'affiche (PDF)", link.Text());
                linked.Add($"{path} → {file}");
            }
        }
        Assert.True(checkedLinks > 0, "no PDF link at all");

        // and each printable page links to its own PDF, as does the page it is printed from
        foreach (var page in sample.PrintablePages())
        {
            var pdf = SamplePdfFixture.PdfOf(page);
            Assert.Contains($"{page} → {pdf}", linked);
            var parent = Regex.Replace(page, "(affiche|suite)/index\\.html$", "index.html");
            Assert.Contains($"{parent} → {pdf}", linked);
        }
    }

    [Fact]
    public async Task The_QR_code_printed_on_a_poster_or_sheet_scans_to_the_right_page()
    {
        // Given the PDFs rasterised at 150 dpi, as a phone would see the printed page
        sample.AssertBuilt("pdftoppm");
        var content = sample.Content;
        var checkedKinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in sample.PrintablePages())
        {
            var pdf = Path.Combine(sample.Output, SamplePdfFixture.PdfOf(page));
            var (exit, pgm, error) = await ExternalTools.RunAsync("pdftoppm", "-r", "150", "-gray", "-f", "1", "-l", "1", pdf);
            Assert.True(exit == 0, $"pdftoppm failed on {pdf}: {error}");

            // Then a visit poster's QR code gives the stop page's absolute URL, a sheet's and a commune poster's the commune page's
            var decoded = QrDecoder.FromPgm(pgm);
            string expected;
            if (Regex.Match(page, "^(bus/[^/]+/[^/]+/)affiche/index\\.html$") is { Success: true } visit)
            {
                expected = new Uri(content.BaseUrl, visit.Groups[1].Value).AbsoluteUri;
                checkedKinds.Add("visit poster");
            }
            else if (Regex.Match(page, "^bus/[^/]+/[^/]+/suite/index\\.html$") is { Success: true })
            {
                var stopPage = OutputAssert.Html(sample.Output, page.Replace("suite/index.html", "index.html", StringComparison.Ordinal));
                var commune = stopPage.QuerySelector("main .facts a[href^=\"/communes/\"]")!.GetAttribute("href")!;
                expected = new Uri(content.BaseUrl, commune.TrimStart('/')).AbsoluteUri;
                checkedKinds.Add("sheet");
            }
            else
            {
                expected = new Uri(content.BaseUrl, page[..^"affiche/index.html".Length]).AbsoluteUri;
                checkedKinds.Add("commune poster");
            }
            Assert.True(expected == decoded, $"{pdf}: the QR code reads « {decoded} », expected « {expected} »");
            Assert.True(File.Exists(Path.Combine(sample.Output, Sample.FileOf(new Uri(decoded).AbsolutePath))), $"{decoded} is no page of the site");
        }
        Assert.Equal(3, checkedKinds.Count);
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
