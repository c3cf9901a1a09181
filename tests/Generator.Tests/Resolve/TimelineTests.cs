using Relais.Generator.Resolve;

namespace Relais.Generator.Tests.Resolve;

/// <summary>The dates that make a state, at their edges.</summary>
public sealed class TimelineTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData(0, false)]  // today: not past
    [InlineData(1, true)]
    [InlineData(7, true)]   // a week ago: still in the commune calendars
    [InlineData(8, false)]
    public void A_visit_is_recent_for_a_week_after_its_day(int daysAgo, bool recent) =>
        Assert.Equal(recent, Timeline.IsRecentPast(Today.AddDays(-daysAgo), Today));

    [Fact]
    public void A_visit_to_come_is_not_recent_past() => Assert.False(Timeline.IsRecentPast(Today.AddDays(3), Today));
}
