using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Relais.Generator.Diagnostics;
using Microsoft.Playwright;
using Relais.Generator.Plan;
using Relais.Generator.Write;
using Relais.Model;

namespace Relais.Generator.Render;

/// <summary>
/// Saves the printable pages (posters, after-the-bus sheets) as PDF with headless Chromium driven
/// by Playwright: the system's Chromium (no browser download), and the site's own files served to
/// it by request interception, so nothing listens on the network.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private const string Origin = "http://site.relais.invalid";
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PdfPrinter(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>The Chromium to use: RELAIS_CHROMIUM if set, else the usual system paths; null if none.</summary>
    public static string? FindChromium() =>
        Environment.GetEnvironmentVariable("RELAIS_CHROMIUM") is { Length: > 0 } configured
            ? File.Exists(configured) ? configured : null
            : Candidates.FirstOrDefault(File.Exists);

    /// <summary>Flags for a sandboxed CI machine with no network: no background connections at all.</summary>
    public static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static async Task<PdfPrinter> StartAsync(string chromium)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Args = ChromiumArgs,
        });
        return new PdfPrinter(playwright, browser);
    }

    /// <summary>Prints every planned PDF; a page that runs past one A4 sheet is reported, to the file it comes from.</summary>
    /// <param name="keep">PDFs to keep from the previous output when it has them, unprinted (their page was kept).</param>
    public async Task<int> PrintAsync(SitePlan plan, SiteWriter writer, DateOnly today, DiagnosticBag diagnostics, IProgress<int>? progress = null, Func<PdfPlan, bool>? keep = null)
    {
        var sources = plan.Pages.ToDictionary(p => p.Route, p => p.Source, StringComparer.Ordinal);
        var basePath = plan.Frame.Settings.BaseUrl.AbsolutePath.TrimEnd('/');
        var done = 0;
        var queue = new Queue<PdfPlan>();
        var kept = 0;
        foreach (var pdf in plan.Pdfs)
        {
            if (keep?.Invoke(pdf) == true && writer.Keep(pdf.OutputPath))
            {
                // Its warning is said again, as a clean build would.
                ReportOverflow(pdf, PageCount(writer.ReadBack(pdf.OutputPath)!), sources, diagnostics);
                kept++;
                progress?.Report(++done);
            }
            else queue.Enqueue(pdf);
        }
        async Task Worker()
        {
            var context = await _browser.NewContextAsync(new BrowserNewContextOptions { Locale = "fr-FR", TimezoneId = plan.Frame.Settings.TimeZone });
            await context.RouteAsync(Origin + "/**", route => Serve(route, writer, basePath));
            var page = await context.NewPageAsync();
            while (true)
            {
                PdfPlan next;
                lock (queue)
                {
                    if (queue.Count == 0) break;
                    next = queue.Dequeue();
                }
                await page.GotoAsync(Origin + basePath + next.PageRoute);
                var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
                ReportOverflow(next, PageCount(pdf), sources, diagnostics);
                writer.Write(next.OutputPath, Deterministic(pdf, today));
                progress?.Report(Interlocked.Increment(ref done));
            }
            await context.CloseAsync();
        }
        if (queue.Count > 0) await Task.WhenAll(Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount, 1, 4)).Select(_ => Worker()));
        return kept;
    }

    private static void ReportOverflow(PdfPlan pdf, int pages, Dictionary<string, SourceSpan?> sources, DiagnosticBag diagnostics)
    {
        if (pages <= 1) return;
        lock (diagnostics)
        {
            diagnostics.Add(DiagnosticCatalog.PrintOverflow, sources[pdf.PageRoute] ?? SourceSpan.StartOf(pdf.OutputPath), null,
                $"{pdf.PageRoute} tient sur {pages} pages A4 au lieu d'une : raccourcissez les textes (thème, lieu, inscription) de ce passage.");
        }
    }

    private static async Task Serve(IRoute route, SiteWriter writer, string basePath)
    {
        var path = new Uri(route.Request.Url).AbsolutePath;
        if (basePath.Length > 0 && path.StartsWith(basePath, StringComparison.Ordinal)) path = path[basePath.Length..];
        var bytes = writer.ReadBack(Routes.OutputPath(Uri.UnescapeDataString(path)));
        if (bytes is null)
        {
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Body = "" });
            return;
        }
        var type = Path.GetExtension(path) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            "" or ".html" => "text/html; charset=utf-8",
            _ => "application/octet-stream",
        };
        await route.FulfillAsync(new RouteFulfillOptions { Status = 200, BodyBytes = bytes, ContentType = type });
    }

    /// <summary>Pages of a PDF written by Chromium (its page objects are plain dictionaries).</summary>
    public static int PageCount(byte[] pdf) => Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?![a-zA-Z])").Count;

    /// <summary>
    /// Chromium stamps each PDF with the time it was made; the build's date replaces it (same length,
    /// so offsets stay right), for byte-identical output from identical input.
    /// </summary>
    public static byte[] Deterministic(byte[] pdf, DateOnly today)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var stamp = string.Create(CultureInfo.InvariantCulture, $"D:{today:yyyyMMdd}000000");
        foreach (var key in new[] { "/CreationDate (", "/ModDate (" })
        {
            var at = text.IndexOf(key, StringComparison.Ordinal);
            if (at < 0) continue;
            var start = at + key.Length;
            if (text.Length >= start + stamp.Length && text[start] == 'D' && text[start + 1] == ':')
                text = string.Concat(text.AsSpan(0, start), stamp, text.AsSpan(start + stamp.Length));
        }
        return Encoding.Latin1.GetBytes(text);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
