namespace Relais.Generator.Tests;

/// <summary>
/// France's legal time written out from the EU rule (summer time from 01:00 UTC on the last Sunday
/// of March to 01:00 UTC on the last Sunday of October), to check the generator's offsets against
/// a computation that does not use the system's time-zone data.
/// </summary>
public static class ParisTime
{
    public static DateOnly LastSunday(int year, int month)
    {
        var day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek != DayOfWeek.Sunday) day = day.AddDays(-1);
        return day;
    }

    /// <summary>The offset from UTC of a wall-clock time in Paris (the repeated hour of October read as summer time).</summary>
    public static TimeSpan Offset(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        var summerFrom = LastSunday(date.Year, 3).ToDateTime(new TimeOnly(2, 0));
        var summerTo = LastSunday(date.Year, 10).ToDateTime(new TimeOnly(3, 0));
        return local >= summerFrom && local < summerTo ? TimeSpan.FromHours(2) : TimeSpan.FromHours(1);
    }

    /// <summary>« 2027-03-09T09:00:00+01:00 ».</summary>
    public static string Iso(DateOnly date, TimeOnly time)
    {
        var offset = Offset(date, time);
        return $"{date:yyyy-MM-dd}T{time:HH:mm:ss}{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
    }
}
