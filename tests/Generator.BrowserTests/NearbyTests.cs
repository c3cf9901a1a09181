using System.Globalization;
using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>« Autour de moi » on the home page, with the position given or refused.</summary>
public sealed class NearbyTests(BrowserSite site, ITestOutputHelper output)
{
    // Near Montréjeau, in the Comminges.
    private const double Latitude = 43.085;
    private const double Longitude = 0.568;
    private const int Listed = 5;

    [Fact]
    public async Task Granted_position_lists_the_nearest_communes_and_places_in_order_of_distance()
    {
        await using var context = await site.NewContextAsync(new BrowserNewContextOptions
        {
            Geolocation = new Geolocation { Latitude = (float)Latitude, Longitude = (float)Longitude },
            Permissions = ["geolocation"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);
        await page.Locator("[data-nearby-button]").ClickAsync();
        var results = page.Locator("[data-nearby-results]");
        await results.Locator("ul").Nth(1).WaitForAsync();

        var content = SampleContent.Instance;
        var communes = content.Communes
            .Select(c => (c.Name, Km: Geo.HaversineKm(Latitude, Longitude, c.Latitude, c.Longitude)))
            .OrderBy(x => x.Km).Take(Listed).ToList();
        var places = content.Places
            .Select(p => (p.Name, Km: Geo.HaversineKm(Latitude, Longitude, p.Latitude, p.Longitude)))
            .OrderBy(x => x.Km).Take(Listed).ToList();

        var lists = results.Locator("ul");
        Assert.Equal(2, await lists.CountAsync());
        Assert.Equal(["Les communes les plus proches", "Les lieux d'aide les plus proches"], await results.Locator("h3").TextsOfAsync());
        AssertListed("communes", communes, await lists.Nth(0).Locator("li").TextsOfAsync());
        AssertListed("places", places, await lists.Nth(1).Locator("li").TextsOfAsync());

        // Each entry is a link to its page, which exists.
        foreach (var href in await results.Locator("li a").EvaluateAllAsync<string[]>("all => all.map(a => a.getAttribute('href'))"))
        {
            var response = await context.APIRequest.GetAsync(href);
            Assert.True(response.Status == 200, $"« Autour de moi » links to {href}, which answers {response.Status}.");
        }
    }

    [Fact]
    public async Task Refused_position_says_so_kindly_and_lists_nothing()
    {
        // No geolocation permission: Chromium refuses the position, as a visitor saying no would.
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);
        await page.Locator("[data-nearby-button]").ClickAsync();
        var results = page.Locator("[data-nearby-results]");

        await Assertions.Expect(results).ToContainTextAsync("Vous avez choisi de ne pas partager votre position");
        Assert.Contains("Tapez simplement le nom de votre commune", await results.TextOfAsync());
        Assert.Equal(0, await results.Locator("ul, li, a").CountAsync());
    }

    private void AssertListed(string what, IReadOnlyList<(string Name, double Km)> expected, IReadOnlyList<string> items)
    {
        foreach (var item in items) output.WriteLine($"{what}: {item}");
        Assert.Equal(expected.Count, items.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var (name, km) = expected[i];
            var distance = km < 1 ? "à moins d'1 km" : $"à {Math.Round(km, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)} km";
            Assert.True(items[i].StartsWith(name, StringComparison.Ordinal) && items[i].EndsWith($"({distance})", StringComparison.Ordinal),
                $"Nearest {what} #{i + 1} should be « {name} » ({distance}, {km:0.00} km computed), the page says « {items[i]} ».");
        }
    }
}
