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
            string decoded;
            try { decoded = QrDecoder.FromPgm(pgm); }
            catch (Exception e) when (e is not OutOfMemoryException) { throw new InvalidOperationException($"{pdf}: {e.Message}", e); }
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

/// <summary>
/// How big things are printed, read from the PDFs with <c>pdftotext -bbox</c>: a visit poster's date,
/// place and deadline read from two metres, a commune poster's dates, the sheet's body text.
/// </summary>
[Collection(typeof(PrintedSample))]
public sealed class SamplePdfSizeTests(SamplePdfFixture sample)
{
    /// <summary>Read from two metres (the door of a town hall).</summary>
    private const double FromTwoMetresPt = 24;

    private const double PosterDatePt = 28;

    private const double SheetBodyPt = 14;

    /// <summary>The sheet map's labels (rings, the commune, marker numbers): read at arm's length.</summary>
    private const double SheetMapLabelPt = 10;

    /// <summary>Rounding of the boxes pdftotext gives.</summary>
    private const double Slack = 0.3;

    [Fact]
    public async Task A_visit_poster_prints_its_date_place_and_deadline_to_be_read_from_two_metres()
    {
        sample.AssertBuilt("pdftotext");
        var checkedPosters = 0;
        foreach (var stop in sample.Content.OneOffStops.Where(s => s.Date >= Sample.Today && s.Status != "annule" && s.Deadline is not null))
        {
            var folder = $"bus/{stop.Tour}/{stop.Date:yyyy-MM-dd}-{Slug(sample.Content.Commune(stop.Commune).Name)}";
            var pdf = Path.Combine(sample.Output, folder, "affiche.pdf");
            var words = await PdfWord.ReadAsync(pdf);
            AssertAtLeast(PdfWord.Find(words, stop.Date.Year.ToString(CultureInfo.InvariantCulture), pdf), PosterDatePt, pdf, "date");
            AssertAtLeast(PdfWord.Find(words, stop.Spot, pdf), FromTwoMetresPt, pdf, "place");
            var deadline = stop.Deadline!.Value;
            var phrase = deadline < Sample.Today ? "Inscriptions closes le" : "avant le";
            AssertAtLeast(PdfWord.Find(words, phrase, pdf), FromTwoMetresPt, pdf, "deadline");
            AssertAddressesUnbroken(words, pdf);
            checkedPosters++;
        }
        Assert.True(checkedPosters > 0, "no upcoming stop with a deadline in the sample");
    }

    [Fact]
    public async Task A_commune_poster_prints_its_dates_at_28_pt_and_the_phones_of_its_places_of_help()
    {
        sample.AssertBuilt("pdftotext");
        // Loches has two places of help of its own and a visit near it
        var pdf = Path.Combine(sample.Output, "communes/loches-37132/affiche.pdf");
        var words = await PdfWord.ReadAsync(pdf);
        var phones = words.Where(w => w.Text.Length == 2 && w.Text.All(char.IsAsciiDigit)).Select(w => w.Text);
        var digits = string.Concat(phones);
        var own = sample.Content.Places.Where(p => p.Commune == "37132").ToList();
        Assert.True(own.Count >= 2, "the sample's Loches has two places of help");
        Assert.All(own, place => Assert.Contains(FrenchText.PhoneDigits(place.Phone!), digits));
        var years = words.Where(w => w.Text is "2026" or "2027").ToList();
        Assert.NotEmpty(years);
        AssertAtLeast(years, PosterDatePt, pdf, "date");
        AssertAddressesUnbroken(words, pdf);
    }

    [Fact]
    public async Task An_after_the_bus_sheet_prints_its_text_at_14_pt_at_least()
    {
        sample.AssertBuilt("pdftotext");
        var checkedSheets = 0;
        foreach (var sheet in sample.PrintablePages().Where(p => p.EndsWith("/suite/index.html", StringComparison.Ordinal)))
        {
            var pdf = Path.Combine(sample.Output, SamplePdfFixture.PdfOf(sheet));
            var words = await PdfWord.ReadAsync(pdf);
            // The map's own labels (rings, the commune, marker numbers) are drawn at the map's scale
            var map = OutputAssert.Html(sample.Output, sheet).QuerySelector("figure.sheet-map svg")!;
            var mapWords = map.QuerySelectorAll("text").SelectMany(t => t.TextContent.Split(' ', '\u00A0')).ToHashSet(StringComparer.Ordinal);
            var small = words.Where(w => !mapWords.Contains(w.Text) && w.SizePt < SheetBodyPt - Slack).ToList();
            Assert.True(small.Count == 0, $"{pdf}: printed under {SheetBodyPt} pt: {string.Join(", ", small.Select(w => $"« {w.Text} » {w.SizePt:0.#} pt"))}");
            // (a label word printed at body size may be the text's: « Perrusson », « 1 »)
            var labels = words.Where(w => mapWords.Contains(w.Text) && w.SizePt < SheetBodyPt - Slack).ToList();
            Assert.True(labels.Count > 0, $"{pdf}: no map label found in the PDF at the map's scale.");
            var tiny = labels.Where(w => w.SizePt < SheetMapLabelPt - Slack).ToList();
            Assert.True(tiny.Count == 0, $"{pdf}: map labels under {SheetMapLabelPt} pt: {string.Join(", ", tiny.Select(w => $"« {w.Text} » {w.SizePt:0.#} pt"))}");
            AssertAddressesUnbroken(words, pdf);
            checkedSheets++;
        }
        Assert.True(checkedSheets > 0, "no sheet in the sample");
    }

    /// <summary>A printed address breaks only after a slash: each piece of it ends with one.</summary>
    private static void AssertAddressesUnbroken(IReadOnlyList<PdfWord> words, string pdf)
    {
        var pieces = words.Where(w => w.Text.Contains('/', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pieces);
        Assert.All(pieces, w => Assert.True(w.Text.EndsWith('/'), $"{pdf}: the address is broken inside a word at « {w.Text} »"));
    }

    private static void AssertAtLeast(IReadOnlyList<PdfWord> words, double pt, string pdf, string what) =>
        Assert.All(words, w => Assert.True(w.SizePt >= pt - Slack, $"{pdf}: the {what} « {w.Text} » is printed at {w.SizePt:0.#} pt, under {pt} pt"));

    private static string Slug(string name) => SampleContent.SlugOf(name);
}
