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
        var week = string.Join(" | ", hours.Week().Select(d => d.Closed ? Closed : string.Join(",", d.Times)));
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
        Assert.Equal([DateRange.Months(7, 8)], hours.Exceptions[0].Dates);
        Assert.True(hours.Exceptions[1].PublicHolidays);
    }

    /// <summary>Value, offset and length of the faulty part, words the French message must hold.</summary>
    public static TheoryData<string, int, int, string[]> Failures => new()
    {
        { "Lu-Ve 09:00-12:00", 0, 2, ["« Lu »", "abréviations anglaises", "« Mo »"] },
        { "Mo-Ve 09:00-12:00", 3, 2, ["« Ve »", "« Fr »"] },
        { "mardi 14:00-17:00", 0, 5, ["« mardi »", "« Tu »"] },
        { "Mo-Fr 9h-12h", 6, 2, ["« 9h »", "« 09:00 »"] },
        { "Mo-Fr 09:00-12:00; Sa 14:00-24h", 28, 3, ["« 24h »", "« 24:00 »"] },
        { "Mo[1] 09:00-12:00", 2, 1, ["Mo[1]", "pas pris en charge"] },
        // Unsupported: each message says what to write instead.
        { "SH off", 0, 2, ["« SH »", "vacances scolaires", "« 2027 Feb 13-Mar 01 off »"] },
        { "Mo-Fr 09:00-12:00; SH off", 19, 2, ["« SH »", "écrivez les dates"] },
        { "easter off", 0, 6, ["« easter »", "Pâques", "« PH off »"] },
        { "Mo-Fr sunrise-sunset", 6, 7, ["« sunrise »", "pas pris en charge", "« 08:00-18:00 »"] },
        { "2026-2027 Dec off", 4, 1, ["plages d'années", "« 2027 May 1-8 off »"] },
        { "week 10-05 Mo 09:00-12:00", 5, 5, ["semaines", "« week 01-53/2 »"] },
        { "week 01-54 Mo 09:00-12:00", 5, 5, ["semaines vont de 01 à 53"] },
        { "Dec 32 off", 4, 2, ["« 32 »", "jour de Dec"] },
        { "Dec 26-24 off", 7, 2, ["« 24 »", "premier jour puis le dernier"] },
        { "Dec-24 off", 4, 2, ["un mois après « - »"] },
        { "Mo-Fr 09:00-09:00", 6, 11, ["même heure", "« 00:00-24:00 »"] },
        { "Mo-Fr 09:00-12:00 || Sa 10:00-12:00", 18, 1, ["« || »", "« ; »"] },
        { "Mo-Fr 18:00+", 11, 1, ["« 18:00+ »"] },
        { "Mo-Fr 09:00-12:00 \"sur rendez-vous", 18, 16, ["guillemets", "refermé"] },
        { "Mo-Fr", 5, 1, ["trop tôt", "« off »"] },
        { "Mo-Fr; Sa 10:00-12:00", 5, 1, ["« ; » inattendu", "« off »"] },
        { "Mo-Fr 09:00", 11, 1, ["heure de fin"] },
        { "Mo- 09:00-12:00", 4, 5, ["un jour après « - »"] },
        { "Jul- off", 5, 3, ["un mois après « - »"] },
        { "09:00-12:00 Mo", 12, 2, ["« Mo » inattendu"] },
        { "Mo-Fr 09:00-12:00 & Sa", 18, 1, ["« & »"] },
        { "", 0, 1, ["vides"] },
        { " ; ", 0, 3, ["vides"] },
    };

    /// <summary>Value as typed, the canonical form the warning shows, and the lenient parts in order.</summary>
    public static TheoryData<string, string, string[]> Lenient => new()
    {
        { "Mo-Fr 9:00-12:00", "Mo-Fr 09:00-12:00", ["9:00 → 09:00"] },
        { "mo-fr 09:00-12:00", "Mo-Fr 09:00-12:00", ["mo → Mo", "fr → Fr"] },
        { "Mo-Fr 09:00-12:00 14:00-17:00", "Mo-Fr 09:00-12:00,14:00-17:00", ["  → ,"] },
        { "Mo-Fr 9:00-12:00 14:00-17:00; sa 10:00-12:00; ph OFF", "Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00; PH off", ["9:00 → 09:00", "  → ,", "sa → Sa", "ph → PH", "OFF → off"] },
    };

    [Theory]
    [MemberData(nameof(Lenient))]
    public void Lenient_input_is_read_and_its_canonical_form_given(string text, string canonical, string[] parts)
    {
        // When
        var ok = OpeningHoursParser.TryParse(text, out var hours, out var error, out var lenient);

        // Then it reads as the canonical form does, which the warning shows
        Assert.True(ok, error?.Message);
        Assert.Equal(canonical, hours.Canonical);
        Assert.Equal(parts, lenient.OrderBy(p => p.Offset).Select(p => $"{p.Written} → {p.Canonical}"));
        Assert.True(OpeningHoursParser.TryParse(canonical, out var exact, out _, out var none));
        Assert.Empty(none);
        Assert.Equal(exact.Week(), hours.Week(), WeekComparer);
    }

    [Fact]
    public void A_value_written_exactly_has_no_lenient_part()
    {
        Assert.True(OpeningHoursParser.TryParse("Mo-Fr 09:00-12:00, Sa 10:00-12:00", out var hours, out _, out var lenient));

        Assert.Empty(lenient);
        Assert.Equal(hours.Text, hours.Canonical);
    }

    private static readonly IEqualityComparer<IReadOnlyList<WeekDay>> WeekComparer = EqualityComparer<IReadOnlyList<WeekDay>>.Create(
        (a, b) => a!.Zip(b!).All(p => p.First.Day == p.Second.Day && p.First.Spans.SequenceEqual(p.Second.Spans)));

    /// <summary>The forms of the syntax the site reads, and the rules they give.</summary>
    [Fact]
    public void Dates_weeks_additional_rules_and_states_are_read()
    {
        Assert.True(OpeningHoursParser.TryParse("Mo-Fr 09:00-12:00, Sa 10:00-12:00; 2027 May 1-8 off; Dec 24-Jan 02 off; week 01-53/2 Mo 09:30-12:30; We 12:00-14:00 off; Su unknown; Th \"sur rendez-vous\"", out var hours, out var error), error?.Message);

        var rules = hours.Rules;
        Assert.Equal([false, true, false, false, false, false, false, false], rules.Select(r => r.Additional));
        Assert.Equal(new DateRange(2027, 5, 1, 5, 8), rules[2].Dates.Single());
        Assert.Equal(new DateRange(null, 12, 24, 1, 2), rules[3].Dates.Single());
        Assert.Equal(new WeekRange(1, 53, 2), rules[4].Weeks.Single());
        Assert.Equal((HoursState.Closed, 1), (rules[5].State, rules[5].Times.Count));
        Assert.Equal(HoursState.Unknown, rules[6].State);
        Assert.Equal((HoursState.Unknown, "sur rendez-vous"), (rules[7].State, rules[7].Comment));
    }

    [Fact]
    public void An_overnight_span_is_read_as_running_past_midnight()
    {
        Assert.True(OpeningHoursParser.TryParse("Fr 22:00-02:00", out var hours, out _));

        Assert.Equal([new HoursSpan(1320, 1440, HoursState.Open, null)], hours.On(new DateOnly(2026, 11, 27)));
        Assert.Equal([new HoursSpan(0, 120, HoursState.Open, null)], hours.On(new DateOnly(2026, 11, 28)));
        Assert.Equal("22:00-02:00", string.Join(",", hours.Week().Single(d => d.Day == DayOfWeek.Friday).Times));
    }

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
