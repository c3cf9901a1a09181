using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>
/// WCAG 1.4.10 (reflow): at 320 CSS pixels wide no page scrolls sideways, so a visitor who zooms
/// reads every line without panning. Wide data tables may scroll inside their own region.
/// </summary>
public sealed class ReflowTests(BrowserSite site, ReusedPages pages) : IClassFixture<ReusedPages>
{
    public static TheoryData<string> Kinds() => [.. SitePages.AllKinds.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Page_does_not_scroll_sideways_at_320_pixels(string kind)
    {
        var page = await pages.PageAsync(site, "narrow");
        var path = SitePages.PathOf(kind);
        await page.GotoAsync(path);
        if (path == SitePages.Map) await page.Locator("[data-map-list] li").First.WaitForAsync();

        var overflow = await page.EvaluateAsync<string[]>("""
            () => {
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth <= width) return [];
              // Name what sticks out: boxes past the right edge, or text overflowing a box that is not.
              const inScroller = (e) => { for (let p = e.parentElement; p; p = p.parentElement) if (/(auto|scroll)/.test(getComputedStyle(p).overflowX)) return true; return false; };
              const out = [`page ${document.documentElement.scrollWidth}px wide in a ${width}px window`];
              for (const e of document.querySelectorAll("body *")) {
                if (inScroller(e)) continue;
                const right = Math.max(e.getBoundingClientRect().right, e.getBoundingClientRect().left + e.scrollWidth);
                if (right > width + 1) out.push(`${e.tagName.toLowerCase()}${e.className ? "." + String(e.className).replace(/ /g, ".") : ""} reaches ${Math.round(right)}px: « ${(e.innerText || "").trim().slice(0, 50)} »`);
              }
              return out.slice(0, 8);
            }
            """);
        Assert.True(overflow.Length == 0, $"{kind} ({path}) scrolls sideways at 320 px:\n" + string.Join("\n", overflow));
    }
}
