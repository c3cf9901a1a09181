using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>A visitor with a keyboard only finds a commune and reaches a help place's phone number, always seeing where the focus is.</summary>
public sealed class KeyboardTests(BrowserSite site, ITestOutputHelper output)
{
    private const int MaxTabs = 80;

    [Fact]
    public async Task Keyboard_alone_leads_from_the_home_page_to_a_place_phone_number()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);

        // Tab to the search field, each stop showing its focus.
        await TabUntilAsync(page, focus => focus.Id == "recherche-commune", "the commune search field");

        await page.Keyboard.TypeAsync("tibir");
        await page.Locator("#recherche-resultats [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var search = page.Locator("#recherche-commune");
        Assert.Equal("recherche-resultats-0", await search.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await page.Locator("#recherche-resultats-0").GetAttributeAsync("aria-selected"));

        await page.Keyboard.PressAsync("Enter");
        await page.ExpectNavigatedToAsync("/communes/tibiran-jaunac-65444/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tibiran-Jaunac");

        // Then through the page's links to a help place's phone number.
        var phone = await TabUntilAsync(page, focus => focus.Href.StartsWith("tel:", StringComparison.Ordinal), "a phone link");
        var inPlaceCard = await page.EvaluateAsync<bool>("() => document.activeElement.closest('.place-card, .first-answers') !== null");
        Assert.True(inPlaceCard, $"The first phone link reached, {phone}, is not a help place's (a card, or the nearest help's call button).");
    }

    /// <summary>Presses Tab until <paramref name="target"/> holds, checking that every focused element shows its focus.</summary>
    private async Task<FocusState> TabUntilAsync(IPage page, Func<FocusState, bool> target, string what)
    {
        for (var i = 1; i <= MaxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.FocusAsync();
            output.WriteLine($"Tab {i}: {focus}");
            Assert.True(focus.Tag.Length > 0, $"Tab {i} left the focus nowhere before reaching {what}.");
            Assert.True(focus.Visible, $"Tab {i} focuses {focus} with no visible focus indicator.");
            if (target(focus)) return focus;
        }
        Assert.Fail($"{what} was not reached in {MaxTabs} presses of Tab.");
        return null!;
    }
}
