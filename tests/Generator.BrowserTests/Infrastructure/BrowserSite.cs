using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;
using Relais.Generator.Diagnostics;
using Relais.Generator.Render;
using Relais.Model;

[assembly: AssemblyFixture(typeof(BrowserSite))]

namespace Relais.Generator.BrowserTests.Infrastructure;

/// <summary>
/// Shared by every test of the run: the sample site built once (for 2026-11-24), served on
/// 127.0.0.1, and one headless Chromium (Debian's, never a downloaded build). Without Chromium
/// nothing is built and every test that needs the browser skips, except in CI where it fails.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    /// <summary>The day the sample is built for: some bus stops are past, most are to come.</summary>
    public static readonly DateOnly Today = new(2026, 11, 24);

    private string? _unavailable;
    private string _folder = "";
    private SiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Regex? _outside;

    public BrowserSite() => PhoneVisits = new PhoneVisits(this);

    /// <summary>Each kind of page visited once at a phone's width, for the checks that share the visit.</summary>
    public PhoneVisits PhoneVisits { get; }

    /// <summary>The built site's folder.</summary>
    public string Output => Path.Combine(_folder, "output");

    /// <summary>« http://127.0.0.1:PORT/ ».</summary>
    public Uri Address => _server?.Address ?? throw new InvalidOperationException("The site is not served.");

    /// <summary>The map tiles' host, refused in every context: there is no internet here.</summary>
    public static string TilesHost { get; } = new Uri(SiteSettings.DefaultMapTiles.Replace("{", "").Replace("}", "")).Host;

    public IBrowser Browser
    {
        get
        {
            RequireBrowser();
            return _browser!;
        }
    }

    /// <summary>The Chromium the generator's PDF printing would use; the reason when there is none.</summary>
    public static (string? Path, string? Missing) FindChromium() =>
        PdfPrinter.FindChromium() is { } chromium
            ? (chromium, null)
            : (null, "Chromium is not installed (apt-get install chromium, or set RELAIS_CHROMIUM to its path)");

    public async ValueTask InitializeAsync()
    {
        var (chromium, missing) = FindChromium();
        if (chromium is null)
        {
            _unavailable = missing;
            return;
        }

        _folder = Path.Combine(Path.GetTempPath(), "relais-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var diagnostics = new DiagnosticBag();
        var report = await SiteBuild.BuildAsync(Repository.Root, Output, Today, diagnostics);
        if (report is null)
        {
            throw new InvalidOperationException("The sample site did not build:\n"
                + string.Join("\n", diagnostics.Sorted().Where(d => d.IsError).Select(d => d.ToString())));
        }

        _server = await SiteServer.StartAsync(Output);
        _outside = new Regex($"^(?!{Regex.Escape(Address.GetLeftPart(UriPartial.Authority))}/)[a-z]+://");
        // A 2-core machine shared with builds can be slow: give assertions on the page time to hold.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Args = PdfPrinter.ChromiumArgs });
    }

    /// <summary>Skips the calling test when Chromium is missing (fails it in CI).</summary>
    public void RequireBrowser()
    {
        if (_unavailable is not null) Repository.SkipUnlessCi(_unavailable);
    }

    /// <summary>
    /// A fresh browser context on the site (French, Paris time unless told otherwise), in which every
    /// request to another host than the test server is aborted, the map tiles first.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var browser = Browser;
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Address.ToString();
        options.Locale ??= "fr-FR";
        options.TimezoneId ??= "Europe/Paris";
        options.ViewportSize ??= Viewports.Desktop;
        var context = await browser.NewContextAsync(options);
        // A pattern, not a predicate: Chromium then only pauses the requests that leave the machine,
        // instead of sending every request of the site through this process.
        await context.RouteAsync(_outside!, route => route.AbortAsync("internetdisconnected"));
        return context;
    }

    /// <summary>The absolute URL of a site path (« /carte/ »).</summary>
    public string Url(string path) => new Uri(Address, path).ToString();

    public async ValueTask DisposeAsync()
    {
        await PhoneVisits.DisposeAsync();
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try
        {
            if (_folder.Length > 0 && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>The widths pages are checked at.</summary>
public static class Viewports
{
    /// <summary>WCAG 1.4.10 (reflow): 320 CSS pixels, a 1280-pixel screen zoomed to 400 %, or a small phone.</summary>
    public static readonly ViewportSize Narrow = new() { Width = 320, Height = 640 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 900 };

    public static ViewportSize Named(string name) => name switch
    {
        "narrow" => Narrow,
        "phone" => Phone,
        "desktop" => Desktop,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "narrow, phone or desktop"),
    };
}
