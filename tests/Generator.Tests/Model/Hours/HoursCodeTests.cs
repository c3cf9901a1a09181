using System.Text.Json;
using Relais.Model.Hours;

namespace Relais.Generator.Tests.Model.Hours;

/// <summary>The days the browser's « ouvert maintenant » reads: evaluated here, from the build's day.</summary>
public sealed class HoursCodeTests
{
    private static JsonElement Encode(string text, DateOnly today)
    {
        Assert.True(OpeningHoursParser.TryParse(text, out var hours, out var error), error?.Message);
        return JsonDocument.Parse(HoursCode.Encode(hours.AsOf(today))).RootElement;
    }

    [Fact]
    public void Each_day_from_the_builds_day_points_at_its_spans()
    {
        // Tuesday 22 December 2026: Christmas and New Year's Day (Fridays) closed by « PH off ».
        var code = Encode("Mo-Fr 09:00-12:00; PH off", new DateOnly(2026, 12, 22));

        Assert.Equal("2026-12-22", code.GetProperty("from").GetString());
        Assert.Equal("[[[540,720]],[]]", code.GetProperty("spans").GetRawText());
        Assert.StartsWith("00011100001110000011", code.GetProperty("days").GetString(), StringComparison.Ordinal);
        Assert.Equal(HoursCode.Days, code.GetProperty("days").GetString()!.Length);
    }

    [Fact]
    public void An_overnight_span_is_cut_at_midnight_and_unknown_spans_carry_their_comment()
    {
        // Friday 27 November 2026.
        var code = Encode("Fr 22:00-02:00; Sa \"sur rendez-vous\"", new DateOnly(2026, 11, 27));

        Assert.Equal("""[[[1320,1440]],[[0,1440,"sur rendez-vous"]],[]]""", code.GetProperty("spans").GetRawText());
        Assert.StartsWith("0122222012", code.GetProperty("days").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_not_resolved_for_a_day_cannot_be_encoded()
    {
        Assert.True(OpeningHoursParser.TryParse("Mo 09:00-12:00", out var hours, out _));

        Assert.Throws<InvalidOperationException>(() => HoursCode.Encode(hours));
    }
}
