using Relais.Model.Resolved;

namespace Relais.Model.French;

/// <summary>Recurring stops said the way a town-hall poster says them.</summary>
public static class SeriesText
{
    /// <summary>« le lundi, tous les 15 jours » / « le jeudi, chaque semaine ».</summary>
    public static string Rule(StopSeries series) =>
        $"le {Fr.Weekday(series.Day)}, {(series.EveryWeeks == 1 ? "chaque semaine" : "tous les 15 jours")}";

    /// <summary>« le lundi, tous les 15 jours, et le jeudi, chaque semaine ».</summary>
    public static string Rules(IEnumerable<StopSeries> series) => Fr.List(series.Select(Rule).Distinct(StringComparer.Ordinal));

    /// <summary>« 7 et 21 décembre, 4 et 18 janvier 2027 »: days grouped by month, the year when it changes or is not the current one.</summary>
    public static string Dates(IReadOnlyList<DateOnly> dates, DateOnly today)
    {
        var months = dates.GroupBy(d => (d.Year, d.Month)).ToList();
        return string.Join(", ", months.Select((m, i) =>
        {
            var days = Fr.List(m.Select(Fr.DayOfMonth));
            var showYear = i == 0 ? m.Key.Year != today.Year : months[i - 1].Key.Year != m.Key.Year;
            return showYear ? $"{days} {Fr.Month(m.Key.Month)} {m.Key.Year}" : $"{days} {Fr.Month(m.Key.Month)}";
        }));
    }

    /// <summary>The next dates a poster or a card lists.</summary>
    public static IReadOnlyList<DateOnly> NextDates(VisitGroup group, int count) => group.Announced.Take(count).Select(v => v.Stop.Date).ToList();
}
