using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// The sample built once with --pdf for the test class (about a minute: Chromium prints every
/// poster and sheet). Nothing is built when Chromium is missing; the tests then skip, or fail in CI.
/// </summary>
public sealed class SamplePdfFixture : IAsyncLifetime
{
    public string Output { get; private set; } = "";

    public int ExitCode { get; private set; } = -1;

    public string Stdout { get; private set; } = "";

    public string Stderr { get; private set; } = "";

    public SampleContent Content { get; } = SampleContent.Read(Sample.RepositoryRoot);

    public async ValueTask InitializeAsync()
    {
        if (ExternalTools.Chromium is null) return;
        var folder = Sample.TempFolder("sample-pdf");
        Output = Path.Combine(folder, "output");
        (ExitCode, Stdout, Stderr) = await Sample.BuildAsync(Sample.RepositoryRoot, Output, pdf: true);
    }

    public ValueTask DisposeAsync()
    {
        if (Output.Length > 0) Sample.DeleteQuietly(Path.GetDirectoryName(Output)!);
        return ValueTask.CompletedTask;
    }

    /// <summary>Skips (fails in CI) without Chromium and the named programs; fails if the build did not succeed.</summary>
    public void AssertBuilt(params string[] programs)
    {
        ExternalTools.Require(chromium: true, programs);
        Assert.True(ExitCode == 0, $"The sample site did not build with --pdf (exit code {ExitCode}):\n{Stdout}\n{Stderr}");
    }

    /// <summary>The printable pages of the output: « bus/t/s/affiche/index.html » and the like.</summary>
    public IReadOnlyList<string> PrintablePages() =>
        Sample.HtmlPages(Output).Where(p => Regex.IsMatch(p, "/(affiche|suite)/index\\.html$")).ToList();

    /// <summary>« bus/t/s/affiche/index.html » → « bus/t/s/affiche.pdf »: the PDF beside the page's folder.</summary>
    public static string PdfOf(string printablePage) => printablePage[..^"/index.html".Length] + ".pdf";
}

/// <summary>The PDFs of posters and sheets: one A4 page each, linked from the pages, the same bytes at every build.</summary>
public sealed partial class SamplePdfTests(SamplePdfFixture sample) : IClassFixture<SamplePdfFixture>
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
    public async Task Two_builds_with_pdf_give_byte_identical_pdfs()
    {
        // Given the sample built once with --pdf (by the fixture)
        sample.AssertBuilt();
        var folder = Sample.TempFolder("pdf-again");
        try
        {
            // When it is built again into another folder
            var output = Path.Combine(folder, "output");
            var (exit, stdout, stderr) = await Sample.BuildAsync(Sample.RepositoryRoot, output, pdf: true);
            Assert.True(exit == 0, stdout + stderr);

            // Then the PDFs are the same files with the same bytes
            var first = Sample.Files(sample.Output).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(first);
            Assert.Equal(first, Sample.Files(output).Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)));
            var different = first.Where(f => !File.ReadAllBytes(Path.Combine(sample.Output, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, f)))).ToList();
            Assert.True(different.Count == 0, "Differ between two builds:\n" + string.Join("\n", different));
        }
        finally
        {
            Sample.DeleteQuietly(folder);
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
            var (exit, ppm, error) = await ExternalTools.RunAsync("pdftoppm", "-r", "150", "-f", "1", "-l", "1", pdf);
            Assert.True(exit == 0, $"pdftoppm failed on {pdf}: {error}");

            // Then a visit poster's QR code gives the stop page's absolute URL, a sheet's and a commune poster's the commune page's
            var decoded = QrDecoder.FromPpm(ppm);
            string expected;
            if (Regex.Match(page, "^(bus/[^/]+/[^/]+/)affiche/index\\.html$") is { Success: true } visit)
            {
                expected = new Uri(content.BaseUrl, visit.Groups[1].Value).AbsoluteUri;
                checkedKinds.Add("visit poster");
            }
            else if (Regex.Match(page, "^bus/[^/]+/(\\d{4}-\\d{2}-\\d{2})-[^/]+/suite/index\\.html$") is { Success: true } sheet)
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
