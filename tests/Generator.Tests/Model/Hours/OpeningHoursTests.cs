using Relais.Model.Hours;

namespace Relais.Generator.Tests.Model.Hours;

public sealed class OpeningHoursTests
{
    private static OpeningHours Parse(string text)
    {
        Assert.True(OpeningHoursParser.TryParse(text, out var hours, out var error), error?.Message);
        return hours;
    }

    /// <summary>Value, date, the spans open that day (« - » for closed).</summary>
    public static TheoryData<string, string, string> Days => new()
    {
        // An ordinary Thursday, then Christmas Day (a Friday) and Ascension Day 2027 (a Thursday).
        { "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off", "2026-12-24", "09:00-12:00,14:00-17:30" },
        { "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off", "2026-12-25", "-" },
        { "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off", "2027-05-06", "-" },
        { "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off", "2026-11-28", "09:00-12:00" },
        { "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off", "2026-11-29", "-" },
        // Without « PH off », a public holiday keeps the weekday's hours.
        { "Mo-Fr 09:00-12:00", "2026-12-25", "09:00-12:00" },
        // A later rule wins: « PH » hours, and a rule after « PH off » reopens.
        { "Mo-Sa 09:00-12:00; PH 10:00-11:00", "2027-05-17", "10:00-11:00" },
        { "PH off; Mo-Fr 09:00-12:00", "2027-05-17", "09:00-12:00" },
        { "Mo-Sa 09:00-12:00; Sa off", "2026-11-28", "-" },
        // Months, wrapping over the new year.
        { "Mo-Fr 09:00-12:00; Jul-Aug off", "2027-08-03", "-" },
        { "Mo-Fr 09:00-12:00; Jul-Aug off", "2027-09-07", "09:00-12:00" },
        { "Mo-Fr 09:00-12:00; Dec-Feb Mo-Fr 10:00-12:00", "2027-01-05", "10:00-12:00" },
        { "Mo-Fr 09:00-12:00; Dec-Feb Mo-Fr 10:00-12:00", "2027-03-02", "09:00-12:00" },
        { "Su-Tu 10:00-12:00", "2026-11-29", "10:00-12:00" },
        { "Su-Tu 10:00-12:00", "2026-11-25", "-" },
        { "24/7", "2026-12-25", "00:00-24:00" },
    };

    [Theory]
    [MemberData(nameof(Days))]
    public void On_a_date_the_last_matching_rule_decides(string text, string date, string expected)
    {
        var times = Parse(text).OpenOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, times.Count == 0 ? "-" : string.Join(",", times));
    }

    [Fact]
    public void The_caller_may_say_whether_a_day_is_a_holiday()
    {
        var hours = Parse("Mo-Fr 09:00-12:00; PH off");
        var ordinaryTuesday = new DateOnly(2026, 11, 24);

        Assert.Empty(hours.On(ordinaryTuesday, _ => true));
        Assert.Single(hours.On(ordinaryTuesday, _ => false));
    }

    [Fact]
    public void A_comment_alone_makes_every_day_unknown_but_the_week_keeps_the_hours()
    {
        // opening_hours.js reads a comment-only rule as « unknown » all day, every day, with the comment;
        // the table still shows the hours written before it, and the comment under it.
        var hours = Parse("Th 14:00-17:00; \"fermé l'été\"");

        Assert.Equal([new HoursSpan(0, 1440, HoursState.Unknown, "fermé l'été")], hours.On(new DateOnly(2027, 1, 7)));
        Assert.Equal([new HoursSpan(0, 1440, HoursState.Unknown, "fermé l'été")], hours.On(new DateOnly(2027, 1, 8)));
        Assert.Equal(["14:00-17:00"], hours.Week().Single(d => d.Day == DayOfWeek.Thursday).Times.Select(t => t.ToString()));
    }

    [Fact]
    public void The_season_shown_follows_the_day_given_even_after_an_earlier_choice()
    {
        var hours = Parse("Nov-Feb Mo-Fr 09:00-12:00; Mar-Oct Mo-Fr 09:00-18:00").AsOf(new DateOnly(2026, 11, 24));
        Assert.Equal([DateRange.Months(11, 2)], hours.Season);

        var summer = hours.AsOf(new DateOnly(2027, 7, 1));

        Assert.Equal([DateRange.Months(3, 10)], summer.Season);
        Assert.Equal("09:00-18:00", string.Join(",", summer.Week()[0].Times));
    }

    [Fact]
    public void The_text_is_kept_trimmed()
    {
        Assert.Equal("Mo 09:00-12:00", Parse("  Mo 09:00-12:00 ").ToString());
    }
}
