namespace Relais.Generator;

/// <summary>
/// « Today » for a build without --today: the date in the site's own time zone (statiq.json's
/// fuseau_horaire), never the build machine's, so a build in Auckland dates the site as Paris does.
/// </summary>
public static class SiteClock
{
    public static DateOnly Today(DateTimeOffset now, string timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)).DateTime);

    /// <summary>The date a site is built for: --today, or today in its zone (UTC's date when the settings
    /// have no valid zone: the build fails then, and every other check can still run).</summary>
    public static DateOnly For(DateOnly? requested, Model.SiteSettings? settings) => requested ?? Today(settings?.TimeZone ?? "UTC");

    /// <summary>The one place that reads the system clock.</summary>
    public static DateOnly Today(string timeZoneId) => Today(DateTimeOffset.UtcNow, timeZoneId);
}
