using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>
/// WCAG 1.4.10 (reflow): at 320 CSS pixels wide no page scrolls sideways, so a visitor who zooms
/// reads every line without panning; tables stack one block per row rather than scroll in their own region. Read on
/// the shared visit at a phone's width, the window narrowed to 320 px (<see cref="PhoneVisits"/>).
/// </summary>
public sealed class ReflowTests(BrowserSite site)
{
    public static TheoryData<string> Kinds() => [.. SitePages.AllKinds.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Page_does_not_scroll_sideways_at_320_pixels(string kind)
    {
        var path = SitePages.PathOf(kind);

        var visit = await site.PhoneVisits.OfAsync(path);

        Assert.True(visit.NarrowWidth == Viewports.Narrow.Width, $"{kind} ({path}) was laid out {visit.NarrowWidth} px wide, not {Viewports.Narrow.Width}.");
        Assert.True(visit.Overflow.Count == 0, $"{kind} ({path}) scrolls sideways at 320 px:\n" + string.Join("\n", visit.Overflow));
    }
}
