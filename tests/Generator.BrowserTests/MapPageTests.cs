using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>The map page with JavaScript, its tiles unreachable as they are here: the list and filters still serve.</summary>
public sealed class MapPageTests(BrowserSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task Map_lists_every_place_and_upcoming_visit_and_filters_free_ones_without_tiles()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        var tileFailures = 0;
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            // Chromium reports each refused tile as a failed resource load: expected here, nothing else is.
            if (message.Location.Contains(BrowserSite.TilesHost, StringComparison.Ordinal)) return;
            errors.Add($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => errors.Add("uncaught: " + error);
        page.RequestFailed += (_, request) =>
        {
            if (new Uri(request.Url).Host == BrowserSite.TilesHost) Interlocked.Increment(ref tileFailures);
            else errors.Add($"request failed: {request.Url} ({request.Failure})");
        };

        await page.GotoAsync(SitePages.Map);

        var content = SampleContent.Instance;
        var upcoming = content.Stops.Where(s => s.Date >= BrowserSite.Today && !s.IsCancelled).ToList();
        var items = page.Locator("[data-map-list] li");
        await Assertions.Expect(items).ToHaveCountAsync(content.Places.Count + upcoming.Count);
        await Assertions.Expect(page.Locator("[data-map-fallback]")).ToBeHiddenAsync();
        var texts = await items.TextsOfAsync();
        foreach (var place in content.Places)
            Assert.True(texts.Count(t => t.StartsWith(place.Name + ",", StringComparison.Ordinal)) == 1, $"The map's list should name « {place.Name} » once:\n{string.Join("\n", texts)}");
        Assert.Equal(upcoming.Count, texts.Count(t => t.StartsWith("Bus : ", StringComparison.Ordinal)));
        await Assertions.Expect(page.Locator("[data-map-count]")).ToHaveTextAsync(
            $"{content.Places.Count} lieux d'aide et {upcoming.Count} passages du bus dans la zone affichée.");

        // « Gratuit seulement »: what is not free leaves the list, the rest stays.
        await page.GetByLabel("Gratuit seulement").CheckAsync();
        var freePlaces = content.Places.Where(p => p.Fees.Contains("Gratuit")).ToList();
        var freeVisits = upcoming.Count(s => s.TourFees.Contains("Gratuit"));
        Assert.True(freePlaces.Count < content.Places.Count, "The sample should have places that are not free, for this test to mean something.");
        await Assertions.Expect(items).ToHaveCountAsync(freePlaces.Count + freeVisits);
        var freeTexts = await items.TextsOfAsync();
        foreach (var place in content.Places.Except(freePlaces))
            Assert.DoesNotContain(freeTexts, t => t.StartsWith(place.Name + ",", StringComparison.Ordinal));
        foreach (var place in freePlaces)
            Assert.Contains(freeTexts, t => t.StartsWith(place.Name + ",", StringComparison.Ordinal));

        // The tiles cannot load here: the page says so, and keeps its list.
        await Assertions.Expect(page.Locator("[data-map-tiles-failed]")).ToBeVisibleAsync();
        Assert.True(tileFailures > 0, "No tile was requested from " + BrowserSite.TilesHost);
        output.WriteLine($"{tileFailures} tile requests refused; other errors: {errors.Count}");
        Assert.True(errors.Count == 0, "The map page logged errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task Map_list_links_lead_to_existing_pages()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Map);
        await page.Locator("[data-map-list] li").First.WaitForAsync();
        var links = await page.Locator("[data-map-list] a").EvaluateAllAsync<string[]>("all => all.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(links);
        foreach (var href in links.Distinct())
        {
            var response = await context.APIRequest.GetAsync(href);
            Assert.True(response.Status == 200, $"The map's list links to {href}, which answers {response.Status}.");
        }
    }
}
