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
    // A comma between rules: the additional rule adds Saturday
    [InlineData("Mo-Fr 09:00-12:00, Sa 10:00-12:00",
        "9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|10 h – 12 h|Fermé",
        "")]
    // « off » for part of a day closes those hours only
    [InlineData("Mo-Fr 09:00-18:00; We 12:00-14:00 off",
        "9 h – 18 h|9 h – 18 h|9 h – 12 h et 14 h – 18 h|9 h – 18 h|9 h – 18 h|Fermé|Fermé",
        "")]
    // An overnight span on its first day
    [InlineData("Fr-Sa 22:00-02:00",
        "Fermé|Fermé|Fermé|Fermé|22 h – 2 h|22 h – 2 h|Fermé",
        "")]
    // Dates, a year, week numbers: listed in words under the week
    [InlineData("Mo-Fr 09:00-12:00; Dec 24-26 off; May 1 off; 2027 May 1-8 off; Dec 24-Jan 02 off",
        "9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|Fermé|Fermé",
        "Du 24 au 26 décembre : fermé.|Le 1er mai : fermé.|Du 1er au 8 mai 2027 : fermé.|Du 24 décembre au 2 janvier : fermé.")]
    [InlineData("Mo-Fr 09:00-12:00; week 01-53/2 Sa 09:30-12:30",
        "9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|Fermé|Fermé",
        "Les semaines impaires : ouvert 9 h 30 – 12 h 30 le samedi.")]
    // A comment as a day's hours is shown as the day's hours
    [InlineData("Mo-Fr 09:00-12:00; Sa \\\"sur rendez-vous\\\"",
        "9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|sur rendez-vous|Fermé",
        "")]
    // A comment rule after the hours keeps the hours and shows the comment
    [InlineData("Tu,Th 14:00-17:00; \\\"sur rendez-vous le matin\\\"",
        "Fermé|14 h – 17 h|Fermé|14 h – 17 h|Fermé|Fermé|Fermé",
        "sur rendez-vous le matin")]
    // A seasonal-only schedule shows the season of the build's day (24 November), the other in words
    [InlineData("Nov-Feb Mo-Fr 09:00-12:00; Mar-Oct Mo-Fr 09:00-18:00",
        "9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|9 h – 12 h|Fermé|Fermé",
        "De mars à octobre : ouvert 9 h – 18 h du lundi au vendredi.")]
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

    [Theory]
    [InlineData("2026-11-24", "Horaires de novembre à février", "9 h – 12 h", "De mars à octobre : ouvert 9 h – 18 h du lundi au vendredi.")]
    [InlineData("2027-04-06", "Horaires de mars à octobre", "9 h – 18 h", "De novembre à février : ouvert 9 h – 12 h du lundi au vendredi.")]
    // Out of every season (a summer-only place in winter): the next season to come
    public void A_seasonal_schedule_shows_the_week_of_the_builds_season_and_names_it(string today, string caption, string monday, string other)
    {
        using var site = TestSite.Create(Place("Nov-Feb Mo-Fr 09:00-12:00; Mar-Oct Mo-Fr 09:00-18:00"));

        var (output, diagnostics) = site.Build(DateOnly.ParseExact(today, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(output is not null, string.Join("\n", diagnostics));
        var page = OutputAssert.Html(site.Output, "lieux/epn/index.html");
        Assert.Equal(caption, page.QuerySelector("main table.hours caption")!.Text());
        Assert.Equal(monday, page.QuerySelector("main table.hours tbody tr td")!.Text());
        Assert.Equal([other], page.QuerySelectorAll("main ul.hours-exceptions li").Select(li => li.Text()));
    }

    [Fact]
    public void Out_of_every_season_the_next_one_is_shown()
    {
        using var site = TestSite.Create(Place("Jun-Sep Mo-Fr 09:00-12:00"));

        var (output, diagnostics) = site.Build();

        Assert.True(output is not null, string.Join("\n", diagnostics));
        var page = OutputAssert.Html(site.Output, "lieux/epn/index.html");
        Assert.Equal("Horaires de juin à septembre", page.QuerySelector("main table.hours caption")!.Text());
        Assert.Equal("9 h – 12 h", page.QuerySelector("main table.hours tbody tr td")!.Text());
    }

    [Fact]
    public void A_place_by_appointment_only_says_so_and_never_closed()
    {
        using var site = TestSite.Create(Place("\\\"sur rendez-vous\\\""));

        var (output, diagnostics) = site.Build();

        // The browser's « ouvert maintenant » reads the days as unknown, with the comment, never closed.
        Assert.True(output is not null, string.Join("\n", diagnostics));
        var page = OutputAssert.Html(site.Output, "lieux/epn/index.html");
        Assert.Equal("Sur rendez-vous.", page.QuerySelector("main p.hours-note")!.Text());
        Assert.Null(page.QuerySelector("main table.hours"));
        Assert.Null(page.QuerySelector("main ul.hours-exceptions"));
        var code = System.Text.Json.JsonDocument.Parse(page.QuerySelector("main .open-now")!.GetAttribute("data-hours")!).RootElement;
        Assert.Equal("2026-11-24", code.GetProperty("from").GetString());
        Assert.Equal(new string('0', Relais.Model.Hours.HoursCode.Days), code.GetProperty("days").GetString());
        Assert.Equal("""[[[0,1440,"sur rendez-vous"]]]""", code.GetProperty("spans").GetRawText());
    }
}
