namespace Relais.Generator.Resolve;

/// <summary>
/// The rules that turn a date into a state for the build's day, written once. Resolve applies them to
/// every record; validation's warnings (« déjà passé », « plus d'un an ») call the same rules.
/// </summary>
public static class Timeline
{
    /// <summary>Data verified longer ago than this is flagged to editors and on the page.</summary>
    public const int StaleAfterDays = 365;

    public static bool IsPast(DateOnly day, DateOnly today) => day < today;

    public static bool IsStale(DateOnly verifiedOn, DateOnly today) => today.DayNumber - verifiedOn.DayNumber > StaleAfterDays;

    /// <summary>« inscription avant le 2 mars »: one can still register on the 2nd, not on the 3rd.</summary>
    public static bool RegistrationClosed(DateOnly? deadline, DateOnly today) => deadline is { } d && d < today;
}
