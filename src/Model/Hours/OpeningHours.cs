using Relais.Model.Values;

namespace Relais.Model.Hours;

/// <summary>An inclusive month range, 1 = January; may wrap over the new year (Nov-Feb).</summary>
public sealed record MonthRange(int From, int To)
{
    public bool Contains(int month) => From <= To ? month >= From && month <= To : month >= From || month <= To;
}

/// <summary>
/// One rule of an OSM opening_hours value: selectors (months, weekdays, public holidays) and what
/// holds when they match (time spans, or closed). A rule with no selector applies every day.
/// </summary>
public sealed record HoursRule(
    IReadOnlyList<MonthRange> Months,
    IReadOnlyList<DayOfWeek> Days,
    bool PublicHolidays,
    IReadOnlyList<TimeRange> Times,
    string? Comment)
{
    public bool Closed => Times.Count == 0;

    public bool HasDaySelector => Days.Count > 0 || PublicHolidays;

    /// <summary>A comment alone (« "fermé l'été" »): OSM reads it as « unknown », not as closed; shown, never applied.</summary>
    public bool IsNote => !HasDaySelector && Months.Count == 0 && Times.Count == 0 && Comment is not null;

    public bool Matches(DateOnly date, bool isPublicHoliday)
    {
        if (Months.Count > 0 && !Months.Any(m => m.Contains(date.Month))) return false;
        if (!HasDaySelector) return true;
        return Days.Contains(date.DayOfWeek) || PublicHolidays && isPublicHoliday;
    }
}

/// <summary>
/// Parsed opening hours. As in OSM, a later rule replaces earlier ones on the days it selects
/// (« Mo-Sa 09:00-12:00; Sa off » closes Saturday).
/// </summary>
public sealed record OpeningHours(string Text, IReadOnlyList<HoursRule> Rules)
{
    private static readonly DayOfWeek[] MondayFirst =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>The rules that say when the place is open: all but the notes (« "sur rendez-vous" »),
    /// which the page shows as text. Read these, not <see cref="Rules"/>, to know the hours.</summary>
    public IEnumerable<HoursRule> Applied => Rules.Where(r => !r.IsNote);

    /// <summary>The time spans open on a given date; empty when closed.</summary>
    public IReadOnlyList<TimeRange> On(DateOnly date) => On(date, FrenchPublicHolidays.Contains(date));

    public IReadOnlyList<TimeRange> On(DateOnly date, bool isPublicHoliday)
    {
        IReadOnlyList<TimeRange> times = [];
        foreach (var rule in Applied)
        {
            if (rule.Matches(date, isPublicHoliday)) times = rule.Times;
        }
        return times;
    }

    /// <summary>
    /// The usual week, Monday first: rules limited to some months or to public holidays only are
    /// left out (see <see cref="Exceptions"/>).
    /// </summary>
    public IReadOnlyList<(DayOfWeek Day, IReadOnlyList<TimeRange> Times)> Week()
    {
        var general = Applied.Where(r => r.Months.Count == 0 && (r.Days.Count > 0 || !r.PublicHolidays)).ToList();
        return MondayFirst
            .Select(day => (day, general.LastOrDefault(r => !r.HasDaySelector || r.Days.Contains(day))?.Times ?? (IReadOnlyList<TimeRange>)[]))
            .ToList();
    }

    /// <summary>Rules that depart from the usual week: seasonal ones and public holidays (« PH off »,
    /// and « Su,PH off » too, whose Sunday part also shows in <see cref="Week"/>).</summary>
    public IReadOnlyList<HoursRule> Exceptions =>
        Applied.Where(r => r.Months.Count > 0 || r.PublicHolidays).ToList();

    public override string ToString() => Text;
}
