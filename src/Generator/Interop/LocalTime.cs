
namespace Relais.Generator.Interop;

/// <summary>A local date and time in the site's zone, as an instant with its offset.</summary>
public static class LocalTime
{
    public static DateTimeOffset At(DateOnly date, TimeOnly time, string timeZoneId) => InZone(date.ToDateTime(time), timeZoneId);

    /// <summary>An end of « 24:00 » (TimeOnly.MinValue) is midnight of the next day.</summary>
    public static DateTime End(DateOnly date, TimeOnly end) => end == TimeOnly.MinValue ? date.AddDays(1).ToDateTime(TimeOnly.MinValue) : date.ToDateTime(end);

    public static DateTimeOffset EndAt(DateOnly date, TimeOnly end, string timeZoneId) => InZone(End(date, end), timeZoneId);

    public static string Iso(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset InZone(DateTime local, string timeZoneId) =>
        new(local, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId).GetUtcOffset(local));
}
