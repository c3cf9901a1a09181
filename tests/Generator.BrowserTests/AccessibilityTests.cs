using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>axe-core over every kind of page at two widths: the longest collection of the run, started first.</summary>
[CollectionDefinition]
[StartsFirst]
public sealed class AxePass;

/// <summary>axe-core finds no WCAG 2.1 A/AA violation on any kind of page, at a phone's width and a desktop's.</summary>
[Collection(typeof(AxePass))]
public sealed class AccessibilityTests(BrowserSite site, ReusedPages pages, ITestOutputHelper output) : IClassFixture<ReusedPages>
{
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
        var path = SitePages.PathOf(kind);
        var what = $"{kind} ({path}) at {width} width";
        if (width == "phone")
        {
            // At a phone's width, axe ran on the visit shared with the weight and reflow checks.
            AssertNone((await site.PhoneVisits.OfAsync(path)).Violations, what);
            return;
        }

        var page = await PageAtAsync(width);
        await page.GotoAsync(path);
        if (path == SitePages.Map)
        {
            // The map and its list are drawn by script: check what the visitor actually gets.
            await page.Locator("[data-map-list] li").First.WaitForAsync();
        }
        AssertNone(await Axe.RunAsync(page), what);
    }

    /// <summary>The commune search's open list (the combobox and its options) and « autour de moi »'s results.</summary>
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task Home_page_with_search_results_and_nearby_list_has_no_axe_violation(string width)
    {
        var page = await PageAtAsync(width);
        await page.GotoAsync(SitePages.Home);
        await page.Locator("[data-nearby-button]").ClickAsync();
        await page.Locator("[data-nearby-results] li").First.WaitForAsync();
        await page.Locator("#recherche-commune").FillAsync("lo");
        await page.Locator("#recherche-resultats [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");

        AssertNone(await Axe.RunAsync(page), $"home page with search results and nearby list at {width} width");
    }

    /// <summary>
    /// A poster's short address (/v/<code>/) sends on at once, by a refresh of no delay (which WCAG
    /// 2.2.1 allows and is checked here). Its own document, which a browser that does not follow the
    /// refresh shows, is then written in a page of the site without that refresh, for axe to check.
    /// </summary>
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task Short_address_page_has_no_axe_violation(string width)
    {
        var path = $"/v/{Relais.Model.ShortCode.Of(SitePages.UpcomingStop)}/";
        var page = await PageAtAsync(width);
        var html = await (await page.Context.APIRequest.GetAsync(path)).TextAsync();
        var refresh = System.Text.RegularExpressions.Regex.Match(html, "<meta http-equiv=\"refresh\" content=\"0; url=[^\"]+\" ?/?>");
        Assert.True(refresh.Success, $"{path} has no immediate refresh:\n{html}");

        await page.GotoAsync(SitePages.NotFound);
        await page.SetContentAsync(html.Replace(refresh.Value, "", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("main a")).ToHaveAttributeAsync("href", SitePages.UpcomingStop);
        AssertNone(await Axe.RunAsync(page), $"short address ({path}) at {width} width");
    }

    /// <summary>The harness itself: on a real page, under its Content-Security-Policy, axe does see a field without a label.</summary>
    [Fact]
    public async Task Axe_reports_a_field_whose_label_was_removed()
    {
        var page = await PageAtAsync("desktop");
        await page.GotoAsync(SitePages.Place);
        await page.EvaluateAsync("() => document.querySelector('label[for=recherche-commune]').remove()");

        var violations = await Axe.RunAsync(page);

        Assert.Contains(violations, v => v.Id == "label" && v.Nodes.Any(n => n.Target.ToString().Contains("recherche-commune", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The class's page at a width, kept from test to test. Its context may locate the visitor (near
    /// Montréjeau), which only « autour de moi » asks for, on a click.
    /// </summary>
    private Task<IPage> PageAtAsync(string width) => pages.PageAsync(site, width, () => new BrowserNewContextOptions
    {
        ViewportSize = Viewports.Named(width),
        Geolocation = new Geolocation { Latitude = 43.085f, Longitude = 0.568f },
        Permissions = ["geolocation"],
    });

    private void AssertNone(AxeResultItem[] violations, string what)
    {
        if (violations.Length == 0) return;
        var report = Axe.Report(violations, what);
        output.WriteLine(report);
        Assert.Fail(report);
    }
}
