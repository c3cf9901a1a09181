using Relais.Model.Hours;
using Relais.Model.Values;

namespace Relais.Model.French;

/// <summary>Opening hours in plain French: exceptions under the weekly table, and a one-line summary.</summary>
public static class HoursText
{
    private static readonly DayOfWeek[] MondayFirst =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>« Fermé les jours fériés. », « En juillet et août : fermé le samedi. »</summary>
    public static IReadOnlyList<string> Exceptions(OpeningHours hours)
    {
        var lines = new List<string>();
        foreach (var rule in hours.Exceptions)
        {
            var what = rule.Closed ? "fermé" : $"ouvert {Fr.Ranges(rule.Times)}";
            if (rule.Months.Count == 0)
            {
                lines.Add(rule.Closed ? "Fermé les jours fériés." : $"Jours fériés : {Fr.Ranges(rule.Times)}.");
                continue;
            }
            var days = rule.Days.Count > 0 ? " " + Days(rule.Days) : "";
            if (rule.PublicHolidays) days += rule.Days.Count > 0 ? " et les jours fériés" : " les jours fériés";
            lines.Add($"{Fr.Capitalize(Months(rule.Months))} : {what}{days}.");
        }
        lines.AddRange(hours.Rules.Where(r => r.Comment is not null).Select(r => r.Comment!));
        return lines;
    }

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
        var open = hours.Week().Where(d => d.Times.Count > 0).ToList();
        if (open.Count == 0) return "horaires sur rendez-vous";
        if (open.Count == 7 && open.All(d => d.Times.Count == 1 && d.Times[0].Start == TimeOnly.MinValue && d.Times[0].End == TimeOnly.MinValue))
            return "tous les jours, jour et nuit";
        return string.Join(" ; ", open
            .GroupBy(d => Fr.Ranges(d.Times), StringComparer.Ordinal)
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

    private static string Months(IReadOnlyList<MonthRange> months) =>
        Fr.List(months.Select(m => m.From == m.To
            ? $"en {Fr.Month(m.From)}"
            : (m.To - m.From + 12) % 12 == 1 ? $"en {Fr.Month(m.From)} et {Fr.Month(m.To)}" : $"de {Fr.Month(m.From)} à {Fr.Month(m.To)}"));
}
