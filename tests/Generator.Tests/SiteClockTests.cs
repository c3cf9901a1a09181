namespace Relais.Generator.Tests;

public sealed class SiteClockTests
{
    [Fact]
    public void Today_is_the_date_in_the_named_zone()
    {
        // Given 2026-11-24 12:30 UTC, written with a Montreal offset: 13:30 in Paris, 01:30 the next day in Auckland (UTC+13 in its summer)
        var instant = new DateTimeOffset(2026, 11, 24, 7, 30, 0, TimeSpan.FromHours(-5));

        // Then each zone has its own date
        Assert.Equal(new DateOnly(2026, 11, 24), SiteClock.Today(instant, "Europe/Paris"));
        Assert.Equal(new DateOnly(2026, 11, 25), SiteClock.Today(instant, "Pacific/Auckland"));
    }

    [Fact]
    public void Just_after_midnight_in_Paris_it_is_already_tomorrow_there_but_not_in_UTC()
    {
        // 2026-11-24 23:30 UTC is 00:30 on the 25th in Paris (UTC+1 in winter)
        var instant = new DateTimeOffset(2026, 11, 24, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 25), SiteClock.Today(instant, "Europe/Paris"));
        Assert.Equal(new DateOnly(2026, 11, 24), SiteClock.Today(instant, "UTC"));
    }
}
