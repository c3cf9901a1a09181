using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>
/// « Ouvert maintenant » on the page of epn-loches (« Tu-Fr 14:00-18:00; We 10:00-12:00,14:00-18:00;
/// Sa 10:00-12:30; PH off »), computed by the browser at a fixed time, in Paris time whatever the
/// device's own time zone.
/// </summary>
public sealed class OpenNowTests(BrowserSite site, ReusedPages pages) : IClassFixture<ReusedPages>
{
    // The page holds the place's days from the build's day (BrowserSite.Today, 2026-11-24) for eight weeks.
    public static TheoryData<string, string, string> Moments() => new()
    {
        { "2026-11-24T15:00:00+01:00", "Ouvert maintenant, jusqu'à 18 h", "is-open" }, // a Tuesday afternoon
        { "2026-11-30T10:00:00+01:00", "Fermé maintenant, ouvre demain à 14 h", "is-closed" }, // a Monday morning
        { "2026-11-25T12:30:00+01:00", "Fermé maintenant, ouvre aujourd'hui à 14 h", "is-closed" }, // Wednesday, between its two spans
        { "2026-12-25T11:00:00+01:00", "Fermé maintenant, ouvre demain à 10 h", "is-closed" }, // Friday 25 December: a public holiday
        { "2026-11-28T11:00:00+01:00", "Ouvert maintenant, jusqu'à 12 h 30", "is-open" }, // an ordinary Saturday
        { "2026-11-24T23:30:00-05:00", "Fermé maintenant, ouvre aujourd'hui à 10 h", "is-closed" }, // 05:30 on Wednesday in Paris, Tuesday night on the device
    };

    [Theory]
    [MemberData(nameof(Moments))]
    public async Task Place_says_whether_it_is_open_at_the_visitors_time(string moment, string expected, string cssClass)
    {
        // A device set to another zone: the script must still reason in Paris time.
        var page = await pages.PageAsync(site, "Montréal", () => new BrowserNewContextOptions { TimezoneId = "America/Montreal" });
        // The latest fixed time holds for the navigations that follow (the page is shared by the moments).
        await page.Clock.SetFixedTimeAsync(DateTimeOffset.Parse(moment, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
        await page.GotoAsync(SitePages.Place);

        var status = page.Locator(".open-now").First;
        await Assertions.Expect(status).ToBeVisibleAsync();
        Assert.Equal(expected, await status.TextOfAsync());
        Assert.Contains(cssClass, (await status.GetAttributeAsync("class"))!.Split(' '));
    }

    [Fact]
    public async Task Past_the_days_the_page_holds_nothing_is_said()
    {
        var page = await pages.PageAsync(site, "Montréal", () => new BrowserNewContextOptions { TimezoneId = "America/Montreal" });
        await page.Clock.SetFixedTimeAsync(DateTimeOffset.Parse("2027-05-15T11:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
        await page.GotoAsync(SitePages.Place);

        await Assertions.Expect(page.Locator(".open-now").First).ToBeHiddenAsync();
    }
}
