using Relais.Model.Values;

namespace Relais.Generator.Tests.Model.Values;

public sealed class TimeRangeTests
{
    [Theory]
    [InlineData("09:00-12:00", "09:00-12:00")]
    [InlineData("9h-12h", "09:00-12:00")]
    [InlineData("14h30-17h", "14:30-17:00")]
    [InlineData("14H30 - 17H", "14:30-17:00")]
    [InlineData("14:00–16:30", "14:00-16:30")]
    [InlineData("9-12", "09:00-12:00")]
    [InlineData("20:00-24:00", "20:00-24:00")]
    public void What_editors_write_is_read_as_a_clock_range(string text, string machineForm)
    {
        // When
        var ok = TimeRange.TryParse(text, out var range, out var error);

        // Then
        Assert.True(ok, error);
        Assert.Equal(machineForm, range.ToString());
        Assert.True(range.IsOrdered);
    }

    [Fact]
    public void Midnight_as_an_end_closes_the_day()
    {
        Assert.True(TimeRange.TryParse("20:00-24:00", out var range, out _));
        Assert.Equal(new TimeOnly(20, 0), range.Start);
        Assert.Equal(TimeOnly.MinValue, range.End);
        Assert.True(range.IsOrdered);
    }

    [Theory]
    [InlineData("12:00-09:00")]
    [InlineData("14:00-14:00")]
    [InlineData("24:00-24:00")]
    public void An_end_not_after_the_start_parses_but_is_not_ordered(string text)
    {
        // The order is validation's to report, with its own message.
        Assert.True(TimeRange.TryParse(text, out var range, out _));
        Assert.False(range.IsOrdered);
    }

    [Theory]
    [InlineData("09:00")]
    [InlineData("09:00-12:00-14:00")]
    [InlineData("25:00-26:00")]
    [InlineData("09:60-12:00")]
    [InlineData("9h12h")]
    [InlineData("matin")]
    [InlineData("")]
    public void Anything_else_is_rejected_with_an_example(string text)
    {
        Assert.False(TimeRange.TryParse(text, out _, out var error));
        Assert.Contains($"« {text} »", error, StringComparison.Ordinal);
        Assert.Contains("« 09:00-12:00 »", error, StringComparison.Ordinal);
    }
}
