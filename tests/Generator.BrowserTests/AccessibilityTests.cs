using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>axe-core finds no WCAG 2.1 A/AA violation on any kind of page, at a phone's width and a desktop's.</summary>
public sealed class AccessibilityTests(BrowserSite site, ReusedPages pages, ITestOutputHelper output) : IClassFixture<ReusedPages>
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        // Only violations are read: passes and inapplicable rules would be serialized for nothing.
        ResultTypes = [ResultType.Violations],
    };

    public static TheoryData<string, string> PagesAndWidths()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, _) in SitePages.AllKinds)
        {
            data.Add(name, "phone");
            data.Add(name, "desktop");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Page_has_no_axe_violation(string kind, string width)
    {
        var page = await pages.PageAsync(site, width);
        var path = SitePages.PathOf(kind);
        await page.GotoAsync(path);
        if (path == SitePages.Map)
        {
            // The map and its list are drawn by script: check what the visitor actually gets.
            await page.Locator("[data-map-list] li").First.WaitForAsync();
        }

        await AssertNoViolationsAsync(page, $"{kind} ({path}) at {width} width");
    }

    /// <summary>The commune search's open list (the combobox and its options) and « autour de moi »'s results.</summary>
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task Home_page_with_search_results_and_nearby_list_has_no_axe_violation(string width)
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = Viewports.Named(width),
            Geolocation = new Geolocation { Latitude = 43.085f, Longitude = 0.568f },
            Permissions = ["geolocation"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);
        await page.Locator("[data-nearby-button]").ClickAsync();
        await page.Locator("[data-nearby-results] li").First.WaitForAsync();
        await page.Locator("#recherche-commune").FillAsync("lo");
        await page.Locator("#recherche-resultats [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        await AssertNoViolationsAsync(page, $"home page with search results and nearby list at {width} width");
    }

    /// <summary>The harness itself: on a real page, under its Content-Security-Policy, axe does see a field without a label.</summary>
    [Fact]
    public async Task Axe_reports_a_field_whose_label_was_removed()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Place);
        await page.EvaluateAsync("() => document.querySelector('label[for=recherche-commune]').remove()");

        var violations = await RunAxeAsync(page);

        Assert.Contains(violations, v => v.Id == "label" && v.Nodes.Any(n => n.Target.ToString().Contains("recherche-commune", StringComparison.Ordinal)));
    }

    private static async Task<AxeResultItem[]> RunAxeAsync(IPage page)
    {
        // Legacy mode runs axe.run in the page in one call. The default mode (runPartial in each frame,
        // then finishRun in an extra blank page, for cross-origin iframes, which this site has none
        // of) measured 3-4 s per page instead of 0.5 s on a 2-core machine: 4 minutes for this class.
#pragma warning disable CS0618 // RunAxeLegacy is marked obsolete ("being removed in the future"); the package version is pinned.
        var result = await page.RunAxeLegacy(null, Wcag21AA);
#pragma warning restore CS0618
        return result.Violations;
    }

    private async Task AssertNoViolationsAsync(IPage page, string what)
    {
        var violations = await RunAxeAsync(page);
        if (violations.Length == 0) return;

        var report = new StringBuilder($"axe-core found {violations.Length} violation(s) on {what}:\n");
        foreach (var violation in violations)
        {
            report.AppendLine($"- {violation.Id} [{violation.Impact}] {violation.Help} ({violation.HelpUrl})");
            foreach (var node in violation.Nodes)
            {
                var checks = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message);
                report.AppendLine($"    target: {node.Target}\n    html: {node.Html}\n    why: {string.Join(" / ", checks)}");
            }
        }
        output.WriteLine(report.ToString());
        Assert.Fail(report.ToString());
    }
}
