using Relais.Model.Hours;

namespace Relais.Generator.Tests.Model.Hours;

public sealed class FrenchPublicHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_falls_on_the_known_sunday(int year, string easter)
    {
        var date = FrenchPublicHolidays.EasterSunday(year);

        Assert.Equal(easter, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DayOfWeek.Sunday, date.DayOfWeek);
    }

    /// <summary>Easter Monday, Ascension Day (Thursday), Whit Monday.</summary>
    [Theory]
    [InlineData(2024, "2024-04-01", "2024-05-09", "2024-05-20")]
    [InlineData(2025, "2025-04-21", "2025-05-29", "2025-06-09")]
    [InlineData(2026, "2026-04-06", "2026-05-14", "2026-05-25")]
    [InlineData(2027, "2027-03-29", "2027-05-06", "2027-05-17")]
    public void Movable_holidays_follow_easter(int year, string easterMonday, string ascension, string whitMonday)
    {
        var holidays = FrenchPublicHolidays.For(year).Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Contains(easterMonday, holidays);
        Assert.Contains(ascension, holidays);
        Assert.Contains(whitMonday, holidays);
    }

    [Fact]
    public void There_are_eleven_holidays_with_the_fixed_days()
    {
        var holidays = FrenchPublicHolidays.For(2027);

        Assert.Equal(11, holidays.Count);
        foreach (var (month, day) in new[] { (1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25) })
            Assert.Contains(new DateOnly(2027, month, day), holidays);
    }

    [Theory]
    [InlineData("2026-12-25", true)]
    [InlineData("2027-05-06", true)]
    [InlineData("2027-04-05", false)]
    [InlineData("2026-12-26", false)]
    [InlineData("2027-03-28", false)]
    public void Contains_tells_a_holiday_from_an_ordinary_day(string date, bool expected)
    {
        Assert.Equal(expected, FrenchPublicHolidays.Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
