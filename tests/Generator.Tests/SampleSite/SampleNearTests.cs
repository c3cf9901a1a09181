using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// What the sample's commune pages call near, against distances computed here from the content files:
/// nothing beyond the radius of statiq.json, and a commune's own bus visit before its neighbours'.
/// </summary>
public sealed class SampleNearTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private SampleContent Content => sample.Content;

    private static double RadiusKm()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample.RepositoryRoot, "statiq.json")));
        return settings.RootElement.GetProperty("rayon_proximite_km").GetDouble();
    }

    private IDocument CommunePage(string code) =>
        OutputAssert.Html(sample.Output, Sample.HtmlPages(sample.Output).Single(p => Regex.IsMatch(p, $"^communes/[a-z0-9-]+-{code}/index\\.html$")));

    [Fact]
    public void No_commune_page_lists_a_workshop_beyond_the_radius_under_nearby_workshops()
    {
        // Given every commune and every workshop still to come (the sample has workshops 400 km from Touraine)
        sample.AssertBuilt();
        var radius = RadiusKm();
        var checkedPairs = 0;
        foreach (var commune in Content.Communes)
        {
            var section = CommunePage(commune.Code).QuerySelector("section[aria-labelledby=ateliers]")!;
            var cards = section.QuerySelectorAll(".workshop-card a, ul a").Select(a => a.GetAttribute("href")!).ToList();
            foreach (var workshop in Content.Workshops.Where(w => w.Sessions!.Any(s => s.Date >= Sample.Today)))
            {
                var km = Haversine.Km((commune.Latitude, commune.Longitude), Content.Location(workshop));
                var listed = cards.Contains($"/ateliers/{workshop.Slug}/");
                // Then a workshop is listed as near exactly when it is within the radius
                Assert.True(listed == km <= radius, $"{commune.Name}: « {workshop.Slug} » at {km:0} km is {(listed ? "" : "not ")}listed under « Ateliers près d'ici »");
                checkedPairs++;
            }
        }
        Assert.True(checkedPairs > 0);
    }

    [Fact]
    public void A_commune_the_bus_comes_to_highlights_its_own_visit_before_an_earlier_one_nearby()
    {
        // Given Sorigny (the bus comes on 9 March 2027) and Villeperdue, 6 km away, visited earlier, on 26 January
        sample.AssertBuilt();
        var own = Content.Stops.Where(s => s.Commune == "37250" && s.Date >= Sample.Today && s.Status != "annule").MinBy(s => s.Date)!;
        Assert.Contains(Content.Stops, s => s.Commune != "37250" && s.Date >= Sample.Today && s.Date < own.Date && s.Status != "annule"
            && Haversine.Km((Content.Commune("37250").Latitude, Content.Commune("37250").Longitude), Content.Location(s)) <= RadiusKm());
        var page = CommunePage("37250");

        // Then « En bref » names the commune's own visit, in the commune
        var summary = page.QuerySelector("section.summary")!.TextContent;
        Assert.Contains("dans votre commune", summary, StringComparison.Ordinal);
        Assert.Contains(FrenchText.LongDate(own.Date), summary, StringComparison.Ordinal);
        // the first visit card is the commune's own, marked as such
        var first = page.QuerySelector("section[aria-labelledby=le-bus] .visit-card")!;
        Assert.Contains("dans votre commune", first.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{own.Date:yyyy-MM-dd}", first.QuerySelector("time")!.GetAttribute("datetime"), StringComparison.Ordinal);
        // and « Et maintenant ? » sends to the registration of that visit
        Assert.Contains(own.RegisterWith!, page.QuerySelector("section.next-steps")!.TextContent, StringComparison.Ordinal);
    }
}
