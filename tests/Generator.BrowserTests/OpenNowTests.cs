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
    public static TheoryData<string, string, string> Moments() => new()
    {
        // Paris is UTC+1 in winter, UTC+2 in summer.
        { "2026-11-24T15:00:00+01:00", "Ouvert maintenant, jusqu'à 18 h", "is-open" }, // a Tuesday afternoon
        { "2026-11-23T10:00:00+01:00", "Fermé maintenant, ouvre demain à 14 h", "is-closed" }, // a Monday morning
        { "2026-11-25T12:30:00+01:00", "Fermé maintenant, ouvre aujourd'hui à 14 h", "is-closed" }, // Wednesday, between its two spans
        { "2027-05-01T11:00:00+02:00", "Fermé maintenant, ouvre mardi à 14 h", "is-closed" }, // Saturday 1 May: a public holiday
        { "2027-05-15T11:00:00+02:00", "Ouvert maintenant, jusqu'à 12 h 30", "is-open" }, // an ordinary Saturday
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
}
