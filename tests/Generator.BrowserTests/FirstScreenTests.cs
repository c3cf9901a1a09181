using System.Globalization;
using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>
/// « The first screen answers » on a 390 × 844 phone: the header stays short with its menu folded,
/// and each page's answer (the search, the next bus and the nearest help's phone, a visit's date,
/// times, place and how to register) is within the first 844 pixels, without scrolling.
/// Expectations come from the content files (<see cref="SampleContent"/>).
/// </summary>
public sealed class FirstScreenTests(BrowserSite site, ReusedPages pages) : IClassFixture<ReusedPages>
{
    private static readonly int Fold = Viewports.Phone.Height;

    private Task<IPage> PhoneAsync() => pages.PageAsync(site, "phone");

    private Task<IPage> PhoneWithoutJavaScriptAsync() => pages.PageAsync(site, "phone without JavaScript",
        () => new BrowserNewContextOptions { ViewportSize = Viewports.Phone, JavaScriptEnabled = false });

    [Fact]
    public async Task Home_page_search_field_is_on_the_first_screen()
    {
        var page = await PhoneAsync();
        await page.GotoAsync(SitePages.Home);

        await AssertAboveFoldAsync(page.Locator("#recherche-commune"), "the home page's commune search field");
    }

    [Fact]
    public async Task Commune_page_shows_its_next_visit_and_the_nearest_helps_phone_on_the_first_screen()
    {
        // Given Sorigny, whose own next visit is in content/tournees
        var own = SampleContent.Instance.Stops
            .Where(s => s.CommuneCode == "37250" && s.Date >= BrowserSite.Today && !s.IsCancelled)
            .MinBy(s => s.Date)!;
        var page = await PhoneAsync();
        await page.GotoAsync("/communes/sorigny-37250/");

        // Then the next visit's line names its date, and it and the nearest help's phone are on the first screen
        var next = page.Locator(".first-answers .next-visit");
        await Assertions.Expect(next.Locator("time")).ToHaveAttributeAsync("datetime", own.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await AssertAboveFoldAsync(next, "the next visit's line");
        var call = page.Locator(".first-answers .nearest-help a[href^='tel:']");
        await AssertAboveFoldAsync(call, "the nearest help's phone button");
        var box = (await call.BoundingBoxAsync())!;
        Assert.True(box.Height >= 44, $"The phone button is {box.Height} px high: a finger needs 44 (WCAG 2.5.5).");
    }

    [Fact]
    public async Task Visit_page_shows_date_times_place_and_registration_phone_on_the_first_screen()
    {
        var page = await PhoneAsync();
        await page.GotoAsync(SitePages.UpcomingStop);

        var facts = page.Locator("section[aria-labelledby=le-passage] .facts").First;
        await Assertions.Expect(page.Locator("h1 time")).ToHaveAttributeAsync("datetime", "2027-03-09");
        await AssertAboveFoldAsync(page.Locator("h1 time"), "the visit's date");
        var when = facts.Locator("li", new() { HasText = "Quand" });
        await Assertions.Expect(when).ToContainTextAsync(" h");
        await AssertAboveFoldAsync(when, "the visit's times");
        await AssertAboveFoldAsync(facts.Locator("li", new() { HasText = "Où" }), "the visit's place");
        await AssertAboveFoldAsync(page.Locator(".registration a[href^='tel:']"), "the registration phone");
    }

    [Fact]
    public async Task Place_page_shows_its_phone_right_under_its_name()
    {
        // Given the sample's place with the longest name
        var page = await PhoneAsync();
        await page.GotoAsync("/lieux/centre-social-ligueil/");

        await AssertAboveFoldAsync(page.Locator("h1 + .call-line a[href^='tel:']"), "the place's phone button");
    }

    /// <summary>
    /// Real names run to a hundred characters: with one of 98 in the place's title (set in the page,
    /// as the sample has none that long), its phone stays on the first screen.
    /// </summary>
    [Fact]
    public async Task Place_page_keeps_its_phone_on_the_first_screen_under_a_hundred_character_name()
    {
        const string name = "Espace France Services de la Communauté de communes Chinon, Vienne et Loire – antenne de Richelieu";
        var page = await PhoneAsync();
        await page.GotoAsync("/lieux/centre-social-ligueil/");
        await page.Locator("h1").EvaluateAsync("(h1, name) => { h1.textContent = name; }", name);

        var title = (await page.Locator("h1").BoundingBoxAsync())!;
        Assert.True(title.Height > 100, $"The 98-character title takes {title.Height} px: the test no longer tests a long name.");
        await AssertAboveFoldAsync(page.Locator("h1 + .call-line a[href^='tel:']"), "the phone under a 98-character name");
    }

    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.CommuneWithOffers)]
    [InlineData(SitePages.UpcomingStop)]
    public async Task Phone_header_is_short_with_its_menu_closed(string path)
    {
        var page = await PhoneAsync();
        await page.GotoAsync(path);

        var header = (await page.Locator(".site-header").BoundingBoxAsync())!;
        Assert.True(header.Height < 200, $"The header of {path} is {header.Height} px high on a phone.");
        await Assertions.Expect(page.Locator(".site-menu a").First).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Phone_menu_opens_and_closes_with_the_keyboard_without_JavaScript()
    {
        var page = await PhoneWithoutJavaScriptAsync();
        await page.GotoAsync(SitePages.Place);
        var menu = page.Locator(".menu-disclosure > summary");
        var link = page.Locator(".site-menu a").First;
        await Assertions.Expect(link).ToBeHiddenAsync();

        // Tab (past the skip link and the title) to the menu button, then Enter
        for (var i = 0; i < 5 && !await menu.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.True(await menu.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab does not reach the menu button.");
        var target = (await menu.BoundingBoxAsync())!;
        Assert.True(target.Height >= 44 && target.Width >= 44, $"The menu button is {target.Width}×{target.Height} px.");
        await page.Keyboard.PressAsync("Enter");

        // Then the menu shows, over the page, and the next Tab goes into it
        await Assertions.Expect(link).ToBeVisibleAsync();
        await AssertAboveFoldAsync(page.Locator(".site-menu li").Last, "the open menu's last link");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await link.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab after opening does not go to the menu's first link.");

        // and Space on the button closes it again
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync(" ");
        await Assertions.Expect(link).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Desktop_menu_is_always_shown()
    {
        var page = await pages.PageAsync(site, "desktop");
        await page.GotoAsync(SitePages.Place);

        await Assertions.Expect(page.Locator(".menu-disclosure > summary")).ToBeHiddenAsync();
        Assert.Equal(await page.Locator(".site-menu a").CountAsync(), await page.Locator(".site-menu a:visible").CountAsync());
    }

    private static async Task AssertAboveFoldAsync(ILocator locator, string what)
    {
        await Assertions.Expect(locator).ToBeVisibleAsync();
        var box = await locator.BoundingBoxAsync();
        Assert.True(box is not null, $"{what} has no box.");
        Assert.True(box.Y + box.Height <= Fold, $"{what} ends at {box.Y + box.Height:0} px, below the first {Fold} px of a phone.");
    }
}
