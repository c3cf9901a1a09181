using System.Globalization;
using Relais.Model.Values;

namespace Relais.Model.Hours;

/// <summary>What a rule says of the times it selects: open, closed (« off »), or « unknown » (also a
/// rule whose only state is a comment, « Sa "sur rendez-vous" »).</summary>
public enum HoursState { Open, Closed, Unknown }

/// <summary>
/// A calendar selector: whole months (« Nov-Feb », may wrap over the new year), days of a month
/// (« Dec 24-26 », « May 1 », « Dec 24-Jan 02 »), optionally in one year (« 2027 May 1-8 »).
/// </summary>
public sealed record DateRange(int? Year, int FromMonth, int FromDay, int ToMonth, int ToDay)
{
    /// <summary>Whole months (« Jul-Aug »): a season, not a date.</summary>
    public bool WholeMonths { get; init; }

    public static DateRange Months(int from, int to) => new(null, from, 1, to, 31) { WholeMonths = true };

    public bool Contains(DateOnly date)
    {
        var (key, from, to) = (date.Month * 100 + date.Day, FromMonth * 100 + FromDay, ToMonth * 100 + ToDay);
        if (Year is not { } year) return from <= to ? key >= from && key <= to : key >= from || key <= to;
        return from <= to
            ? date.Year == year && key >= from && key <= to
            : date.Year == year && key >= from || date.Year == year + 1 && key <= to;
    }

    public bool ContainsMonth(int month) => FromMonth <= ToMonth ? month >= FromMonth && month <= ToMonth : month >= FromMonth || month <= ToMonth;
}

/// <summary>ISO week numbers, « week 01-53/2 » (every other week from week 1).</summary>
public sealed record WeekRange(int From, int To, int Step)
{
    public bool Contains(DateOnly date)
    {
        var week = ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));
        return week >= From && week <= To && (week - From) % Step == 0;
    }
}

/// <summary>
/// One rule of an OSM opening_hours value: selectors (dates, weeks, weekdays, public holidays), the
/// time spans they hold (none: the whole day), the state and an optional comment. A rule after « , »
/// is <see cref="Additional"/>: it adds to what the rules before say instead of replacing their day.
/// </summary>
public sealed record HoursRule(
    IReadOnlyList<DateRange> Dates,
    IReadOnlyList<WeekRange> Weeks,
    IReadOnlyList<DayOfWeek> Days,
    bool PublicHolidays,
    IReadOnlyList<TimeRange> Times,
    HoursState State,
    string? Comment,
    bool Additional = false)
{
    public bool HasDaySelector => Days.Count > 0 || PublicHolidays;

    /// <summary>Dates or week numbers: the rule holds on some weeks of the year only.</summary>
    public bool HasWideSelector => Dates.Count > 0 || Weeks.Count > 0;

    /// <summary>Whole months only, every year (« Nov-Feb Mo-Fr 09:00-12:00 »): a season, which can be shown as a week.</summary>
    public bool IsSeasonal => Dates.Count > 0 && Weeks.Count == 0 && Dates.All(d => d.WholeMonths && d.Year is null);

    /// <summary>A comment alone for every day (« "sur rendez-vous" »).</summary>
    public bool IsNote => !HasDaySelector && !HasWideSelector && Times.Count == 0 && Comment is not null && State == HoursState.Unknown;

    /// <summary>Whether the rule's selectors take this date (its times may still spill into the next day).</summary>
    public bool Matches(DateOnly date, bool isPublicHoliday)
    {
        if (Dates.Count > 0 && !Dates.Any(d => d.Contains(date))) return false;
        if (Weeks.Count > 0 && !Weeks.Any(w => w.Contains(date))) return false;
        if (!HasDaySelector) return true;
        return Days.Contains(date.DayOfWeek) || PublicHolidays && isPublicHoliday;
    }

    /// <summary>A rule of « ; » replaces the day it selects, except « off » for some hours, which only closes them (as opening_hours.js does).</summary>
    public bool ReplacesDay => !Additional && !(State == HoursState.Closed && Times.Count > 0);
}

/// <summary>A span of a day in a state, with the rule's comment: start and end in minutes since midnight (end up to 1440).</summary>
public readonly record struct HoursSpan(int Start, int End, HoursState State, string? Comment)
{
    public TimeRange Time => new(Clock(Start), Clock(End));

    public bool WholeDay => Start == 0 && End == 1440;

    private static TimeOnly Clock(int minutes) => minutes % 1440 == 0 ? TimeOnly.MinValue : new TimeOnly(minutes % 1440 / 60, minutes % 60);
}

/// <summary>One day of the week shown: its spans (open or unknown; none is closed), as the rules write them.</summary>
public sealed record WeekDay(DayOfWeek Day, IReadOnlyList<HoursSpan> Spans)
{
    public IReadOnlyList<TimeRange> Times => Spans.Where(s => !s.WholeDay || s.State == HoursState.Open).Select(s => s.Time).ToList();

    public bool Closed => Spans.Count == 0;
}

/// <summary>
/// Parsed opening hours. As in OSM, a later rule replaces earlier ones on the days it selects
/// (« Mo-Sa 09:00-12:00; Sa off » closes Saturday), an additional rule after « , » adds, and « off »
/// with hours closes those hours only.
/// </summary>
public sealed record OpeningHours(string Text, IReadOnlyList<HoursRule> Rules)
{
    private static readonly DayOfWeek[] MondayFirst =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>The value as OpenStreetMap writes it, when the editor's was accepted leniently (« 9:00 », « mo-fr »); else <see cref="Text"/>.</summary>
    public string Canonical { get; init; } = Text;

    /// <summary>
    /// The build's day, set by Resolve (<see cref="AsOf"/>): which season's week a seasonal-only
    /// schedule shows, and the first day of the browser's « ouvert maintenant » calendar.
    /// </summary>
    public DateOnly? Today { get; init; }

    public OpeningHours AsOf(DateOnly today) => this with { Today = today };

    /// <summary>The spans open or unknown on a date (closed is absent), as opening_hours.js gives them,
    /// including the part after midnight of an overnight span of the day before.</summary>
    public IReadOnlyList<HoursSpan> On(DateOnly date) => On(date, FrenchPublicHolidays.Contains);

    public IReadOnlyList<HoursSpan> On(DateOnly date, Func<DateOnly, bool> isPublicHoliday)
    {
        var day = new Paint();
        var before = date.AddDays(-1);
        bool today = isPublicHoliday(date), yesterday = isPublicHoliday(before);
        foreach (var rule in Rules)
        {
            var matches = rule.Matches(date, today);
            var spills = rule.Times.Any(t => Overnight(t)) && rule.Matches(before, yesterday);
            if (!matches && !spills) continue;
            if (matches && rule.ReplacesDay) day.Clear();
            if (rule.Times.Count == 0)
            {
                if (matches) day.Set(0, 1440, rule.State, rule.Comment);
                continue;
            }
            foreach (var time in rule.Times)
            {
                var (start, end) = Minutes(time);
                if (matches) day.Set(start, Math.Min(end, 1440), rule.State, rule.Comment);
                if (spills && end > 1440) day.Set(0, end - 1440, rule.State, rule.Comment);
            }
        }
        return day.Spans(1440);
    }

    /// <summary>The open spans' times on a date (unknown ones left out).</summary>
    public IReadOnlyList<TimeRange> OpenOn(DateOnly date) => On(date).Where(s => s.State == HoursState.Open).Select(s => s.Time).ToList();

    /// <summary>
    /// The rules the week table shows: those for every week of the year, and, when these open on no day
    /// (a seasonal-only schedule, « Nov-Feb …; Mar-Oct … »), the season of <see cref="Today"/> (or the
    /// next one to begin). Date, week-number and holiday rules are not in it: see <see cref="Exceptions"/>.
    /// </summary>
    public IReadOnlyList<HoursRule> WeekRules => _weekRules ??= ChooseWeekRules();

    // Read by the table, its caption, the exceptions and the summaries: chosen once per value (and
    // not copied by « with », since the choice depends on Today).
    private IReadOnlyList<HoursRule>? _weekRules;

    private OpeningHours(OpeningHours original)
    {
        Text = original.Text;
        Rules = original.Rules;
        Canonical = original.Canonical;
        Today = original.Today;
    }

    /// <summary>The whole months of the season shown (see <see cref="WeekRules"/>), or null for the usual week.</summary>
    public IReadOnlyList<DateRange>? Season => WeekRules.FirstOrDefault(r => r.IsSeasonal)?.Dates;

    private List<HoursRule> ChooseWeekRules()
    {
        var usual = Rules.Where(r => !r.HasWideSelector && !r.IsNote && (r.Days.Count > 0 || !r.PublicHolidays)).ToList();
        var seasonal = Rules.Where(r => r.IsSeasonal).ToList();
        if (seasonal.Count == 0 || WeekOf(usual).Any(d => !d.Closed)) return usual;
        var month = Today?.Month ?? 1;
        for (var ahead = 0; ahead < 12; ahead++)
        {
            var m = (month - 1 + ahead) % 12 + 1;
            var season = seasonal.Where(r => r.Dates.Any(d => d.ContainsMonth(m))).ToList();
            if (season.Count > 0) return Rules.Where(r => usual.Contains(r) || season.Contains(r)).ToList();
        }
        return usual;
    }

    /// <summary>The week shown, Monday first: the spans of <see cref="WeekRules"/>, overnight spans as written (« 22:00-02:00 » on its first day).</summary>
    public IReadOnlyList<WeekDay> Week() => WeekOf(WeekRules);

    private static List<WeekDay> WeekOf(IReadOnlyList<HoursRule> rules) => MondayFirst.Select(day =>
    {
        var paint = new Paint();
        foreach (var rule in rules.Where(r => !r.HasDaySelector || r.Days.Contains(day)))
        {
            if (rule.ReplacesDay) paint.Clear();
            if (rule.Times.Count == 0) paint.Set(0, 1440, rule.State, rule.Comment);
            foreach (var time in rule.Times)
            {
                var (start, end) = Minutes(time);
                paint.Set(start, end, rule.State, rule.Comment);
            }
        }
        return new WeekDay(day, paint.Spans(2880));
    }).ToList();

    /// <summary>Rules that depart from the week shown: other seasons, dates, week numbers, public
    /// holidays (« PH off », and « Su,PH off » too, whose Sunday part also shows in <see cref="Week"/>).</summary>
    public IReadOnlyList<HoursRule> Exceptions =>
        Rules.Where(r => !r.IsNote && (r.HasWideSelector || r.PublicHolidays) && !(r.IsSeasonal && WeekRules.Contains(r))).ToList();

    public override string ToString() => Text;

    private static bool Overnight(TimeRange time) => time.End != TimeOnly.MinValue && time.End <= time.Start;

    /// <summary>Start and end in minutes; an overnight end is past 1440.</summary>
    private static (int Start, int End) Minutes(TimeRange time)
    {
        var start = time.Start.Hour * 60 + time.Start.Minute;
        var end = time.End == TimeOnly.MinValue ? 1440 : time.End.Hour * 60 + time.End.Minute;
        return (start, Overnight(time) ? end + 1440 : end);
    }

    /// <summary>A day painted rule by rule: each span overwrites what lies under it; closed erases.</summary>
    private sealed class Paint
    {
        private readonly List<HoursSpan> _spans = [];

        public void Clear() => _spans.Clear();

        public void Set(int start, int end, HoursState state, string? comment)
        {
            if (end <= start) return;
            var kept = new List<HoursSpan>();
            foreach (var s in _spans)
            {
                if (s.End <= start || s.Start >= end) { kept.Add(s); continue; }
                if (s.Start < start) kept.Add(s with { End = start });
                if (s.End > end) kept.Add(s with { Start = end });
            }
            if (state != HoursState.Closed) kept.Add(new HoursSpan(start, end, state, comment));
            _spans.Clear();
            _spans.AddRange(kept.OrderBy(s => s.Start));
        }

        /// <summary>The spans in order, touching ones of the same state and comment joined, cut at <paramref name="limit"/>.</summary>
        public IReadOnlyList<HoursSpan> Spans(int limit)
        {
            var joined = new List<HoursSpan>();
            foreach (var s in _spans.Where(s => s.Start < limit).Select(s => s with { End = Math.Min(s.End, limit) }))
            {
                if (joined.Count > 0 && joined[^1].End == s.Start && joined[^1].State == s.State && string.Equals(joined[^1].Comment, s.Comment, StringComparison.Ordinal))
                    joined[^1] = joined[^1] with { End = s.End };
                else joined.Add(s);
            }
            return joined;
        }
    }
}
