using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>Everything that matters works with JavaScript off: nearest help, static maps, the department index instead of a search field, the map's alternatives.</summary>
public sealed class WithoutJavaScriptTests(BrowserSite site, ReusedPages pages) : IClassFixture<ReusedPages>
{
    private Task<IPage> PageAsync() => pages.PageAsync(site, "without JavaScript", () => new BrowserNewContextOptions { JavaScriptEnabled = false });

    [Theory]
    [InlineData(SitePages.CommuneWithOffers)]
    [InlineData(SitePages.CommuneWithoutOffer)]
    public async Task Commune_page_shows_its_nearest_help_and_static_map(string path)
    {
        var page = await PageAsync();
        await page.GotoAsync(path);

        var help = page.Locator("section[aria-labelledby=lieux]");
        await Assertions.Expect(help.Locator("h2")).ToHaveTextAsync("Lieux d'aide les plus proches");
        var cards = help.Locator(".place-card");
        Assert.True(await cards.CountAsync() > 0, $"{path} lists no help place without JavaScript.");
        await Assertions.Expect(cards.First).ToBeVisibleAsync();
        await Assertions.Expect(cards.First.Locator("a[href^='tel:']")).ToBeVisibleAsync();

        var map = page.Locator("svg.static-map");
        await Assertions.Expect(map).ToBeVisibleAsync();
        var box = await map.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 100 }, $"The static map of {path} is drawn {box?.Width}×{box?.Height}.");
        var legend = page.Locator("#" + await map.GetAttributeAsync("aria-describedby"));
        await Assertions.Expect(legend).ToBeVisibleAsync();
        // One numbered marker per place in the legend.
        Assert.Equal(await legend.Locator("li").CountAsync(), await map.Locator("circle[fill='#fff']:not([stroke-dasharray])").CountAsync());
        Assert.Equal(await cards.CountAsync(), await legend.Locator("li").CountAsync());

        Assert.True(await page.Locator(".open-now").CountAsync() > 0, "The page should carry opening-hours data for the script.");
        Assert.Equal(0, await page.Locator(".open-now:visible").CountAsync());
        Assert.Equal(0, await page.Locator("[data-print]:visible").CountAsync());
    }

    /// <summary>
    /// A static site cannot answer a typed name: without JavaScript no field takes what it would drop;
    /// a labelled link leads through the department index to the commune.
    /// </summary>
    [Theory]
    [InlineData(SitePages.Place)]
    [InlineData(SitePages.Home)]
    public async Task No_search_field_but_a_link_that_leads_through_the_department_index_to_the_commune(string path)
    {
        var page = await PageAsync();
        await page.GotoAsync(path);

        Assert.Equal(0, await page.Locator("input:visible, button[type=submit]:visible").CountAsync());
        await Assertions.Expect(page.Locator("#recherche-commune")).ToBeHiddenAsync();
        var link = page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Trouver sa commune dans la liste par département", Exact = true });
        await Assertions.Expect(link).ToBeVisibleAsync();

        await link.ClickAsync();
        await page.ExpectNavigatedToAsync("/departements/");
        Assert.Equal("Communes par département", await page.Locator("h1").TextOfAsync());
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Hautes-Pyrénées (65)" }).ClickAsync();
        await page.ExpectNavigatedToAsync("/departements/65-hautes-pyrenees/");
        await page.Locator("main").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Tibiran-Jaunac", Exact = true }).ClickAsync();
        await page.ExpectNavigatedToAsync("/communes/tibiran-jaunac-65444/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tibiran-Jaunac");
    }

    [Fact]
    public async Task Map_page_offers_its_fallback_links()
    {
        var page = await PageAsync();
        await page.GotoAsync(SitePages.Map);

        var fallback = page.Locator("[data-map-fallback]");
        await Assertions.Expect(fallback).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-map]")).ToBeHiddenAsync();
        var links = await fallback.Locator("a").EvaluateAllAsync<string[]>("all => all.map(a => a.getAttribute('href'))");
        Assert.Contains("/lieux/", links);
        Assert.Contains("/agenda/", links);
        foreach (var href in links)
        {
            var response = await page.Context.APIRequest.GetAsync(href);
            Assert.True(response.Status == 200, $"The map's fallback links to {href}, which answers {response.Status}.");
        }
    }
}
