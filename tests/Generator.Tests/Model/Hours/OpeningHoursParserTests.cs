using Relais.Model.Hours;

namespace Relais.Generator.Tests.Model.Hours;

/// <summary>Real opening_hours values from OpenStreetMap, and the usual week they describe.</summary>
public sealed class OpeningHoursParserTests
{
    private const string Closed = "-";

    /// <summary>Value → the week, Monday to Sunday, « - » for closed.</summary>
    public static TheoryData<string, string> Weeks => new()
    {
        { "Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00; PH off", "09:00-12:00,14:00-17:30 | 09:00-12:00,14:00-17:30 | 09:00-12:00,14:00-17:30 | 09:00-12:00,14:00-17:30 | 09:00-12:00,14:00-17:30 | 09:00-12:00 | -" },
        { "Tu-Fr 14:00-18:00; Sa 10:00-12:00", "- | 14:00-18:00 | 14:00-18:00 | 14:00-18:00 | 14:00-18:00 | 10:00-12:00 | -" },
        { "Tu-Fr 14:00-18:00; We 10:00-12:00,14:00-18:00; Sa 10:00-12:30; PH off", "- | 14:00-18:00 | 10:00-12:00,14:00-18:00 | 14:00-18:00 | 14:00-18:00 | 10:00-12:30 | -" },
        { "Mo,We,Fr 09:00-12:00", "09:00-12:00 | - | 09:00-12:00 | - | 09:00-12:00 | - | -" },
        { "Mo-Sa 09:00-12:00; Sa off", "09:00-12:00 | 09:00-12:00 | 09:00-12:00 | 09:00-12:00 | 09:00-12:00 | - | -" },
        { "Mo-Sa 09:00-12:00; Sa closed", "09:00-12:00 | 09:00-12:00 | 09:00-12:00 | 09:00-12:00 | 09:00-12:00 | - | -" },
        { "Su-Tu 10:00-12:00", "10:00-12:00 | 10:00-12:00 | - | - | - | - | 10:00-12:00" },
        { "Fr-Mo 10:00-12:00", "10:00-12:00 | - | - | - | 10:00-12:00 | 10:00-12:00 | 10:00-12:00" },
        { "24/7", "00:00-24:00 | 00:00-24:00 | 00:00-24:00 | 00:00-24:00 | 00:00-24:00 | 00:00-24:00 | 00:00-24:00" },
        { "Mo-Fr 09:00-12:00; Jul-Aug off", "09:00-12:00 | 09:00-12:00 | 09:00-12:00 | 09:00-12:00 | 09:00-12:00 | - | -" },
        { "Jul-Aug off", "- | - | - | - | - | - | -" },
        { "Mo 09:00-12:00;", "09:00-12:00 | - | - | - | - | - | -" },
        { "We 18:00-24:00", "- | - | 18:00-24:00 | - | - | - | -" },
        { "Mo-Fr 09:00-12:00 \"sur rendez-vous l'après-midi\"", "09:00-12:00 | 09:00-12:00 | 09:00-12:00 | 09:00-12:00 | 09:00-12:00 | - | -" },
        { "Tu 14:00-17:00 \"sur rendez-vous\"; Sa 10:00-12:00", "- | 14:00-17:00 | - | - | - | 10:00-12:00 | -" },
    };

    [Theory]
    [MemberData(nameof(Weeks))]
    public void Real_osm_values_give_the_usual_week(string text, string expectedWeek)
    {
        // When
        var ok = OpeningHoursParser.TryParse(text, out var hours, out var error);

        // Then
        Assert.True(ok, error?.Message);
        var week = string.Join(" | ", hours.Week().Select(d => d.Times.Count == 0 ? Closed : string.Join(",", d.Times)));
        Assert.Equal(expectedWeek, week);
    }

    [Fact]
    public void The_week_starts_on_monday()
    {
        Assert.True(OpeningHoursParser.TryParse("Su 09:00-12:00", out var hours, out _));

        Assert.Equal(
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday],
            hours.Week().Select(d => d.Day));
    }

    [Fact]
    public void A_comment_is_kept_on_its_rule()
    {
        Assert.True(OpeningHoursParser.TryParse("Mo-Fr 09:00-12:00 \"sur rendez-vous\"; Sa 10:00-12:00", out var hours, out _));

        Assert.Equal(["sur rendez-vous", null], hours.Rules.Select(r => r.Comment));
    }

    [Fact]
    public void Seasonal_and_holiday_rules_are_exceptions_to_the_week()
    {
        Assert.True(OpeningHoursParser.TryParse("Mo-Fr 09:00-12:00; Jul-Aug off; PH off", out var hours, out _));

        Assert.Equal(2, hours.Exceptions.Count);
        Assert.Equal([new MonthRange(7, 8)], hours.Exceptions[0].Months);
        Assert.True(hours.Exceptions[1].PublicHolidays);
    }

    /// <summary>Value, offset and length of the faulty part, words the French message must hold.</summary>
    public static TheoryData<string, int, int, string[]> Failures => new()
    {
        { "Lu-Ve 09:00-12:00", 0, 2, ["« Lu »", "abréviations anglaises", "« Mo »"] },
        { "Mo-Ve 09:00-12:00", 3, 2, ["« Ve »", "« Fr »"] },
        { "mardi 14:00-17:00", 0, 5, ["« mardi »", "« Tu »"] },
        { "mo-fr 09:00-12:00", 0, 2, ["« mo »", "majuscules", "« Mo »"] },
        { "Mo-Fr 9h-12h", 6, 2, ["« 9h »", "« 09:00 »"] },
        { "Mo-Fr 9:00-12:00", 6, 4, ["« 9:00 »", "« 09:00 »"] },
        { "Mo-Fr 09:00-12:00; Sa 14:00-24h", 28, 3, ["« 24h »", "« 24:00 »"] },
        { "Mo[1] 09:00-12:00", 2, 1, ["Mo[1]", "pas pris en charge"] },
        { "SH off", 0, 2, ["« SH »", "vacances scolaires"] },
        { "Mo-Fr sunrise-sunset", 6, 7, ["« sunrise »", "pas pris en charge"] },
        { "week 1-53/2 Mo 09:00-12:00", 0, 4, ["« week »"] },
        { "Mo-Fr 09:00-12:00 || Sa 10:00-12:00", 18, 1, ["« || »", "« ; »"] },
        { "Mo-Fr 18:00+", 11, 1, ["« 18:00+ »"] },
        { "Mo-Fr 09:00-12:00 \"sur rendez-vous", 18, 16, ["guillemets", "refermé"] },
        { "Mo-Fr", 5, 1, ["trop tôt", "« off »"] },
        { "Mo-Fr; Sa 10:00-12:00", 5, 1, ["« ; » inattendu", "« off »"] },
        { "Mo-Fr 12:00-09:00", 6, 11, ["« 12:00-09:00 »", "finit avant de commencer"] },
        { "Mo-Fr 09:00", 11, 1, ["heure de fin"] },
        { "Mo- 09:00-12:00", 4, 5, ["un jour après « - »"] },
        { "Jul- off", 5, 3, ["un mois après « - »"] },
        { "09:00-12:00 Mo", 12, 2, ["« Mo » inattendu"] },
        { "Mo-Fr 09:00-12:00 & Sa", 18, 1, ["« & »"] },
        { "Mo-Fr 08:30-12:00; Dec 24-Dec 31 off", 23, 2, ["« 24 »"] },
        { "", 0, 1, ["vides"] },
        { " ; ", 0, 3, ["vides"] },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Unsupported_or_mistyped_values_fail_at_the_faulty_part(string text, int offset, int length, string[] words)
    {
        // When
        var ok = OpeningHoursParser.TryParse(text, out _, out var error);

        // Then
        Assert.False(ok);
        Assert.NotNull(error);
        Assert.Equal((offset, length), (error.Offset, error.Length));
        foreach (var word in words) Assert.Contains(word, error.Message, StringComparison.Ordinal);
    }
}
