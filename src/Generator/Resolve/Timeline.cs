namespace Relais.Generator.Resolve;

/// <summary>
/// The rules that turn a date into a state for the build's day, written once. Resolve applies them to
/// every record; validation's warnings (« déjà passé », « plus d'un an ») call the same rules.
/// </summary>
public static class Timeline
{
    /// <summary>Data verified longer ago than this is flagged to editors and on the page.</summary>
    public const int StaleAfterDays = 365;

    /// <summary>
    /// Days a past visit stays in the calendars of its communes: a subscriber still finds last week's
    /// visit (its page, whom to call), but the ~35,000 commune calendars do not fill up with history.
    /// The data page says « de la semaine écoulée ».
    /// </summary>
    public const int RecentForDays = 7;

    /// <summary>Months ahead in which the coverage page counts a workshop or a permanence as help a commune has.</summary>
    public const int SoonForMonths = 3;

    /// <summary>Months after a bus visit in which a workshop or a permanence counts as its follow-up.</summary>
    public const int FollowUpForMonths = 3;

    /// <summary>
    /// After <paramref name="visitDay"/> and at most <see cref="FollowUpForMonths"/> months later: a visit on
    /// 10 March is followed up by a session from 11 March to 10 June included, not on the visit's day itself.
    /// </summary>
    public static bool IsFollowUpOf(DateOnly day, DateOnly visitDay) => day > visitDay && day <= visitDay.AddMonths(FollowUpForMonths);

    public static bool IsPast(DateOnly day, DateOnly today) => day < today;

    /// <summary>Today or later, and at most <see cref="SoonForMonths"/> months ahead (24 November → 24 February included).</summary>
    public static bool IsSoon(DateOnly day, DateOnly today) => !IsPast(day, today) && day <= today.AddMonths(SoonForMonths);

    /// <summary>Past by at most <see cref="RecentForDays"/> days (a visit a week ago is recent, not one eight days ago).</summary>
    public static bool IsRecentPast(DateOnly day, DateOnly today) => IsPast(day, today) && today.DayNumber - day.DayNumber <= RecentForDays;

    public static bool IsStale(DateOnly verifiedOn, DateOnly today) => today.DayNumber - verifiedOn.DayNumber > StaleAfterDays;

    /// <summary>« inscription avant le 2 mars »: one can still register on the 2nd, not on the 3rd.</summary>
    public static bool RegistrationClosed(DateOnly? deadline, DateOnly today) => deadline is { } d && d < today;
}
