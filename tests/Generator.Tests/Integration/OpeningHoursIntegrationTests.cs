namespace Relais.Generator.Tests.Integration;

/// <summary>A place's opening hours, as OpenStreetMap strings editors copy, rendered on its page:
/// the usual week as a table, Monday first, « Fermé » on closed days, exceptions in words below.</summary>
public sealed class OpeningHoursIntegrationTests
{
    private static string Place(string hours) => $"""
        -- content/lieux/epn.yml --
        nom: EPN de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        latitude: 47.1283
        longitude: 0.9958
        horaires: "{hours}"
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]

        """;

    private static readonly string[] Days = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"];

    [Theory]
    // Day ranges, two intervals a day, public holidays closed
    [InlineData("Mo-Fr 09:00-12:00,14:00-17:00; PH off",
        "9 h – 12 h et 14 h – 17 h|9 h – 12 h et 14 h – 17 h|9 h – 12 h et 14 h – 17 h|9 h – 12 h et 14 h – 17 h|9 h – 12 h et 14 h – 17 h|Fermé|Fermé",
        "Fermé les jours fériés.")]
    // A later rule replaces an earlier one on the days it names (Wednesday), minutes shown
    [InlineData("Tu-Fr 14:00-18:00; We 10:00-12:00,14:00-18:00; Sa 10:00-12:30; PH off",
        "Fermé|14 h – 18 h|10 h – 12 h et 14 h – 18 h|14 h – 18 h|14 h – 18 h|10 h – 12 h 30|Fermé",
        "Fermé les jours fériés.")]
    // One morning a week, nothing else said
    [InlineData("Sa 10:00-12:00",
        "Fermé|Fermé|Fermé|Fermé|Fermé|10 h – 12 h|Fermé",
        "")]
    // A summer exception on one day: the table shows the usual week, the exception is in words
    [InlineData("Tu 14:00-18:00; We 10:00-12:00,14:00-18:00; Fr 14:00-18:00; Sa 10:00-17:00; Jul-Aug Sa off; PH off",
        "Fermé|14 h – 18 h|10 h – 12 h et 14 h – 18 h|Fermé|14 h – 18 h|10 h – 17 h|Fermé",
        "En juillet et août : fermé le samedi.|Fermé les jours fériés.")]
    // A month closed
    [InlineData("Mo-Sa 09:00-12:00; Aug off",
        "9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|Fermé",
        "En août : fermé.")]
    // Sunday and public holidays closed in one rule, as OSM mappers often write it
    [InlineData("Mo-Sa 09:00-12:00; Su,PH off",
        "9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|Fermé",
        "Fermé les jours fériés.")]
    // Days listed one by one
    [InlineData("Mo,Th 14:00-17:00; Sa 09:00-12:00; PH off",
        "14 h – 17 h|Fermé|Fermé|14 h – 17 h|Fermé|9 h – 12 h|Fermé",
        "Fermé les jours fériés.")]
    public void Opening_hours_render_as_a_week_from_Monday_with_exceptions_in_words(string hours, string week, string exceptions)
    {
        // Given a place with these hours
        using var site = TestSite.Create(Place(hours));

        // When the site is built
        var (output, diagnostics) = site.Build();

        // Then its page has a row per day, Monday first, « Fermé » on closed days
        Assert.True(output is not null, string.Join("\n", diagnostics));
        var page = OutputAssert.Html(site.Output, "lieux/epn/index.html");
        var rows = page.QuerySelectorAll("main table.hours tbody tr").ToList();
        Assert.Equal(Days, rows.Select(r => r.QuerySelector("th")!.Text()));
        Assert.Equal(week.Split('|'), rows.Select(r => r.QuerySelector("td")!.Text()));
        Assert.All(rows, r => Assert.Equal(r.QuerySelector("td")!.Text() == "Fermé", r.ClassList.Contains("closed")));

        // and the exceptions below it
        var lines = page.QuerySelectorAll("main ul.hours-exceptions li").Select(li => li.Text()).ToList();
        Assert.Equal(exceptions.Length == 0 ? [] : exceptions.Split('|'), lines);
    }

    [Fact]
    public void A_place_without_hours_says_to_call_before_coming()
    {
        using var site = TestSite.Create(Place("x").Replace("horaires: \"x\"\n", "", StringComparison.Ordinal));

        var (output, diagnostics) = site.Build();

        Assert.True(output is not null, string.Join("\n", diagnostics));
        site.AssertFile("lieux/epn/index.html",
            "Horaires non communiqués : téléphonez avant de venir.",
            "! <table class=\"hours\"");
    }
}
