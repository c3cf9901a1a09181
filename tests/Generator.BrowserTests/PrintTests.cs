using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>The printable pages print on exactly one A4 sheet, as the town hall will print them.</summary>
public sealed partial class PrintTests(BrowserSite site)
{
    // A4 in PDF points (1/72 in): 210 × 297 mm.
    private const double A4Width = 595.28;
    private const double A4Height = 841.89;

    [Theory]
    [InlineData(SitePages.VisitPoster)]
    [InlineData(SitePages.CommunePoster)]
    [InlineData(SitePages.NextStepsSheet)]
    public async Task Printable_page_prints_on_one_A4_page(string path)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
        var text = Encoding.Latin1.GetString(pdf);

        var pages = PageObject().Count(text);
        Assert.True(pages == 1, $"{path} prints on {pages} pages instead of one.");
        var box = MediaBox().Match(text);
        Assert.True(box.Success, $"No /MediaBox in the PDF of {path}.");
        var width = double.Parse(box.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var height = double.Parse(box.Groups["h"].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Math.Abs(width - A4Width) < 3 && Math.Abs(height - A4Height) < 3, $"{path} prints on a {width}×{height} pt page, not A4 portrait.");

        // A second opinion from poppler's pdfinfo, which reads the PDF as a real reader does.
        var info = await PdfInfoAsync(pdf);
        if (info is null) return;
        Assert.Matches(@"(?m)^Pages:\s+1$", info);
        Assert.Matches(@"(?m)^Page size:.*\(A4\)", info);
    }

    /// <summary>What pdfinfo says of <paramref name="pdf"/>; null without poppler-utils (required in CI).</summary>
    private static async Task<string?> PdfInfoAsync(byte[] pdf)
    {
        var pdfinfo = Repository.FindOnPath("pdfinfo");
        if (pdfinfo is null)
        {
            Assert.False(Repository.IsCi, "pdfinfo (poppler-utils) is not installed (RELAIS_CI=1: required here).");
            TestContext.Current.AddWarning("pdfinfo (poppler-utils) is not installed: the page count was read from the PDF alone.");
            return null;
        }
        var file = Path.Combine(Path.GetTempPath(), $"relais-print-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var start = new System.Diagnostics.ProcessStartInfo(pdfinfo) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(file);
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"pdfinfo failed: {await process.StandardError.ReadToEndAsync()}");
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Page objects (not the /Pages tree) of a PDF written by Chromium.</summary>
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+(?<w>[\d.]+)\s+(?<h>[\d.]+)\s*\]")]
    private static partial Regex MediaBox();
}
