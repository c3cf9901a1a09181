using System.Globalization;
using Relais.Model.Hours;
using Relais.Model.Values;

namespace Relais.Model.French;

/// <summary>Opening hours in plain French: a day of the table, exceptions under it, and a one-line summary.</summary>
public static class HoursText
{
    private static readonly DayOfWeek[] MondayFirst =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>The table's caption: « Horaires d'ouverture », or the season shown (« Horaires de novembre à février »).</summary>
    public static string Caption(OpeningHours hours) => hours.Season is { } season ? $"Horaires {Months(season)}" : "Horaires d'ouverture";

    /// <summary>
    /// The comment that stands for the hours (« "sur rendez-vous" » alone, or after days all closed):
    /// said instead of a table of « Fermé », since every day is « unknown » in OSM, not closed.
    /// </summary>
    public static string? InsteadOfWeek(OpeningHours hours) =>
        hours.Week().All(d => d.Closed) ? hours.Rules.LastOrDefault(r => r.IsNote)?.Comment : null;

    /// <summary>A day of the table: « Fermé », « 9 h – 12 h et 14 h – 17 h », « sur rendez-vous » (a comment as the day's hours).</summary>
    public static string Day(WeekDay day) => day.Closed ? "Fermé" : Fr.List(day.Spans.Select(Span));

    private static string Span(HoursSpan span) => span switch
    {
        { WholeDay: true, State: HoursState.Unknown } => span.Comment ?? "horaires à confirmer",
        _ => Fr.Range(span.Time),
    };

    /// <summary>« Fermé les jours fériés. », « En juillet et août : fermé le samedi. », « Du 24 au 26 décembre : fermé. », then the comments.</summary>
    public static IReadOnlyList<string> Exceptions(OpeningHours hours)
    {
        var lines = new List<string>();
        var exceptions = hours.Exceptions;
        foreach (var rule in exceptions)
        {
            var what = What(rule);
            if (!rule.HasWideSelector)
            {
                lines.Add(rule switch
                {
                    { State: HoursState.Closed, Times.Count: 0 } => "Fermé les jours fériés.",
                    { State: HoursState.Open, Times.Count: > 0 } => $"Jours fériés : {Fr.Ranges(rule.Times)}.",
                    _ => $"Jours fériés : {what}.",
                });
                continue;
            }
            var days = rule.Days.Count > 0 ? " " + Days(rule.Days) : "";
            if (rule.PublicHolidays) days += rule.Days.Count > 0 ? " et les jours fériés" : " les jours fériés";
            var when = string.Join(", ", new[] { rule.Dates.Count > 0 ? Dates(rule.Dates) : null, rule.Weeks.Count > 0 ? Weeks(rule.Weeks) : null }.OfType<string>());
            var comment = rule.Comment is { } c && rule.State != HoursState.Unknown ? $" ({c})" : "";
            lines.Add($"{Fr.Capitalize(when)} : {what}{days}{comment}.");
        }
        // Comments not already said: in the table (a day « sur rendez-vous ») or in an exception's line.
        lines.AddRange(hours.Rules
            .Where(r => r.Comment is not null && !exceptions.Contains(r) && !(r.HasDaySelector && r.Times.Count == 0 && r.State == HoursState.Unknown && hours.WeekRules.Contains(r)))
            .Where(r => !(r.IsNote && InsteadOfWeek(hours) is not null))
            .Select(r => r.Comment!)
            .Distinct(StringComparer.Ordinal));
        return lines;
    }

    private static string What(HoursRule rule) => rule.State switch
    {
        HoursState.Closed => rule.Times.Count == 0 ? "fermé" : $"fermé {Fr.Ranges(rule.Times)}",
        HoursState.Unknown => (rule.Times.Count == 0 ? "" : Fr.Ranges(rule.Times) + ", ") + (rule.Comment ?? "horaires à confirmer"),
        _ => rule.Times.Count == 0 ? "ouvert toute la journée" : $"ouvert {Fr.Ranges(rule.Times)}",
    };

    /// <summary>
    /// Which days, in words, each with its times: « du mardi au vendredi, 14 h – 18 h ; le samedi,
    /// 10 h – 12 h 30 ». Not « le lundi et le jeudi après-midi », which leaves open whether Monday
    /// is open all day.
    /// </summary>
    public static string Summary(OpeningHours hours) => Summaries.GetValue(hours, ComputeSummary);

    // A place is listed on dozens of commune pages: word its hours once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<OpeningHours, string> Summaries = new();

    private static string ComputeSummary(OpeningHours hours) => Wording(hours, ", ");

    /// <summary>
    /// Which days, each with its times, for paper (no table, no « open now »): « du mardi au vendredi :
    /// 14 h – 18 h ; le samedi : 10 h – 12 h ». Days with the same times are named together.
    /// </summary>
    public static string WithTimes(OpeningHours hours) => Wording(hours, Fr.Nbsp + ": ");

    /// <summary>Days with the same times named together, each group followed by <paramref name="beforeTimes"/> and its times.</summary>
    private static string Wording(OpeningHours hours, string beforeTimes)
    {
        var open = hours.Week().Where(d => !d.Closed).ToList();
        if (open.Count == 0) return hours.Rules.FirstOrDefault(r => r.IsNote)?.Comment ?? "horaires sur rendez-vous";
        if (open.Count == 7 && open.All(d => d.Spans is [{ WholeDay: true, State: HoursState.Open }]))
            return "tous les jours, jour et nuit";
        var season = hours.Season is { } s ? Months(s) + ", " : "";
        return season + string.Join(" ; ", open
            .GroupBy(Day, StringComparer.Ordinal)
            .OrderBy(g => Array.IndexOf(MondayFirst, g.First().Day))
            .Select(g => $"{Days(g.Select(d => d.Day).ToList())}{beforeTimes}{g.Key}"));
    }

    /// <summary>« le lundi », « le lundi et le jeudi », « du lundi au vendredi », « du lundi au mercredi et le vendredi ».</summary>
    public static string Days(IReadOnlyList<DayOfWeek> days)
    {
        var ordered = MondayFirst.Where(days.Contains).ToList();
        var runs = new List<List<DayOfWeek>>();
        foreach (var day in ordered)
        {
            if (runs.Count > 0 && Array.IndexOf(MondayFirst, runs[^1][^1]) + 1 == Array.IndexOf(MondayFirst, day)) runs[^1].Add(day);
            else runs.Add([day]);
        }
        var phrases = runs.SelectMany(run => run.Count >= 3
            ? [$"du {Fr.Weekday(run[0])} au {Fr.Weekday(run[^1])}"]
            : run.Select(d => $"le {Fr.Weekday(d)}"));
        return Fr.List(phrases);
    }

    /// <summary>« en août », « en juillet et août », « de novembre à février », « du 24 au 26 décembre », « le 1er mai », « du 1er au 8 mai 2027 ».</summary>
    public static string Dates(IReadOnlyList<DateRange> dates) => Fr.List(dates.Select(Date));

    private static string Months(IReadOnlyList<DateRange> months) => Dates(months);

    private static string Date(DateRange d)
    {
        var year = d.Year is { } y ? " " + y.ToString(CultureInfo.InvariantCulture) : "";
        if (d.WholeMonths)
        {
            var months = d.FromMonth == d.ToMonth
                ? $"en {Fr.Month(d.FromMonth)}"
                : (d.ToMonth - d.FromMonth + 12) % 12 == 1 ? $"en {Fr.Month(d.FromMonth)} et {Fr.Month(d.ToMonth)}" : $"{From(d.FromMonth)} à {Fr.Month(d.ToMonth)}";
            return months + year;
        }
        if (d.FromMonth == d.ToMonth && d.FromDay == d.ToDay) return $"le {DayOfMonth(d.FromDay)} {Fr.Month(d.FromMonth)}{year}";
        if (d.FromMonth == d.ToMonth) return $"du {DayOfMonth(d.FromDay)} au {DayOfMonth(d.ToDay)} {Fr.Month(d.FromMonth)}{year}";
        var endYear = d.Year is { } start && d.ToMonth < d.FromMonth ? " " + (start + 1).ToString(CultureInfo.InvariantCulture) : year;
        return $"du {DayOfMonth(d.FromDay)} {Fr.Month(d.FromMonth)}{(d.ToMonth < d.FromMonth ? year : "")} au {DayOfMonth(d.ToDay)} {Fr.Month(d.ToMonth)}{endYear}";
    }

    /// <summary>« de mars », « d'avril », « d'août », « d'octobre ».</summary>
    private static string From(int month)
    {
        var name = Fr.Month(month);
        return name[0] is 'a' or 'o' ? $"d'{name}" : $"de {name}";
    }

    private static string DayOfMonth(int day) => day == 1 ? "1er" : day.ToString(CultureInfo.InvariantCulture);

    /// <summary>« les semaines impaires », « les semaines paires », « la semaine 10 », « les semaines 10 à 20 », « une semaine sur 3 (semaines 1 à 52) ».</summary>
    private static string Weeks(IReadOnlyList<WeekRange> weeks) => Fr.List(weeks.Select(w => w switch
    {
        { Step: 2, From: 1, To: >= 52 } => "les semaines impaires",
        { Step: 2, From: 2, To: >= 52 } => "les semaines paires",
        { Step: 1 } when w.From == w.To => $"la semaine {w.From.ToString(CultureInfo.InvariantCulture)}",
        { Step: 1 } => $"les semaines {w.From.ToString(CultureInfo.InvariantCulture)} à {w.To.ToString(CultureInfo.InvariantCulture)}",
        _ => $"une semaine sur {w.Step.ToString(CultureInfo.InvariantCulture)} (semaines {w.From.ToString(CultureInfo.InvariantCulture)} à {w.To.ToString(CultureInfo.InvariantCulture)})",
    }));
}
