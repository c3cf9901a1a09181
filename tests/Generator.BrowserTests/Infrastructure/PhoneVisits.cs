using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Relais.Generator.BrowserTests.Infrastructure;

/// <summary>
/// Each kind of page visited once at a phone's width for the three checks that read that visit:
/// what it transferred (<see cref="PageWeightTests"/>), axe-core at 390 px
/// (<see cref="AccessibilityTests"/>) and, the window then narrowed to 320 px, whether anything
/// sticks out sideways (<see cref="ReflowTests"/>). One navigation instead of three: on 2 cores the
/// navigations are the dearest part of these checks. The site's layout is CSS alone (no script
/// reads the window's width), so narrowing the window shows what a page opened at 320 px shows.
/// A page is visited by whichever test asks first; the others wait for that visit.
/// </summary>
public sealed class PhoneVisits(BrowserSite site) : IAsyncDisposable
{
    /// <summary>Two visits at a time: a visit waits half a second for the network to be idle, which the other fills.</summary>
    private const int Pages = 2;

    private readonly ConcurrentDictionary<string, Lazy<Task<PhoneVisit>>> _visits = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _free = new(Pages, Pages);
    private readonly ConcurrentBag<IPage> _idle = [];
    private readonly SemaphoreSlim _creating = new(1, 1);
    private IBrowserContext? _context;

    /// <summary>What the visit of <paramref name="path"/> showed, visiting it if no test did yet.</summary>
    public Task<PhoneVisit> OfAsync(string path)
    {
        // Skipped (failed in CI) in the asking test itself when there is no browser.
        site.RequireBrowser();
        return _visits.GetOrAdd(path, p => new Lazy<Task<PhoneVisit>>(() => VisitAsync(p))).Value;
    }

    private async Task<PhoneVisit> VisitAsync(string path)
    {
        await _free.WaitAsync();
        IPage? page = null;
        try
        {
            page = _idle.TryTake(out var idle) ? idle : await NewPageAsync();
            await page.SetViewportSizeAsync(Viewports.Phone.Width, Viewports.Phone.Height);
            // Until the network is idle: the scripts' fetches count in what the page costs.
            await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            // The map and its list are drawn by script: check what the visitor actually gets.
            if (path == SitePages.Map) await page.Locator("[data-map-list] li").First.WaitForAsync();

            var transfers = await page.EvaluateAsync<Transfer[]>("""
                () => [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")]
                  .filter((e) => new URL(e.name).origin === location.origin)
                  .map((e) => ({ url: new URL(e.name).pathname, bytes: e.transferSize, body: e.decodedBodySize }))
                """);
            var loaded = new Uri(page.Url).AbsolutePath;
            var violations = await Axe.RunAsync(page);

            await page.SetViewportSizeAsync(Viewports.Narrow.Width, Viewports.Narrow.Height);
            var reflow = await page.EvaluateAsync<Reflow>(Overflow);
            return new PhoneVisit(loaded, transfers, violations, reflow.Width, reflow.Overflow);
        }
        finally
        {
            // Released even when no page could be made (no browser: the tests skip, or fail in CI).
            if (page is not null) _idle.Add(page);
            _free.Release();
        }
    }

    /// <summary>A page of the visits' context: Playwright disables the HTTP cache in a routed context, so each visit is cold.</summary>
    private async Task<IPage> NewPageAsync()
    {
        await _creating.WaitAsync();
        try
        {
            _context ??= await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Phone });
            return await _context.NewPageAsync();
        }
        finally
        {
            _creating.Release();
        }
    }

    /// <summary>
    /// The window's width and what scrolls sideways: a region of its own that scrolls (a table), and
    /// when the page is wider than the window, boxes past the right edge or text overflowing a box.
    /// </summary>
    private const string Overflow = """
        () => {
          const width = document.documentElement.clientWidth;
          // A table scrolling in its own region still makes the reader pan: tables stack on a phone.
          const scrolling = [...document.querySelectorAll("body *")]
            .filter((e) => /(auto|scroll)/.test(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
            .map((e) => `${e.tagName.toLowerCase()}.${String(e.className)} scrolls sideways, ${e.scrollWidth}px in ${e.clientWidth}px: « ${(e.innerText || "").trim().slice(0, 50)} »`);
          if (document.documentElement.scrollWidth <= width) return { width, overflow: scrolling };
          const inScroller = (e) => { for (let p = e.parentElement; p; p = p.parentElement) if (/(auto|scroll)/.test(getComputedStyle(p).overflowX)) return true; return false; };
          const out = [`page ${document.documentElement.scrollWidth}px wide in a ${width}px window`];
          for (const e of document.querySelectorAll("body *")) {
            if (inScroller(e)) continue;
            const right = Math.max(e.getBoundingClientRect().right, e.getBoundingClientRect().left + e.scrollWidth);
            if (right > width + 1) out.push(`${e.tagName.toLowerCase()}${e.className ? "." + String(e.className).replace(/ /g, ".") : ""} reaches ${Math.round(right)}px: « ${(e.innerText || "").trim().slice(0, 50)} »`);
          }
          return { width, overflow: [...out, ...scrolling].slice(0, 8) };
        }
        """;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_context is not null) await _context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The browser may already be gone at the end of the run.
        }
        _free.Dispose();
        _creating.Dispose();
    }

    public sealed class Reflow
    {
        public int Width { get; set; }
        public string[] Overflow { get; set; } = [];
    }

    public sealed class Transfer
    {
        public string Url { get; set; } = "";
        public long Bytes { get; set; }
        public long Body { get; set; }
    }
}

/// <summary>
/// One visit at a phone's width: the path loaded, the same-origin transfers of Resource Timing (the
/// page first), axe-core's violations at 390 px, and, the window narrowed, its width as the page
/// saw it and what sticks out.
/// </summary>
public sealed record PhoneVisit(string LoadedPath, IReadOnlyList<PhoneVisits.Transfer> Transfers, AxeResultItem[] Violations, int NarrowWidth, IReadOnlyList<string> Overflow);
