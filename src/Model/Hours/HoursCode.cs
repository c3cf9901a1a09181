using System.Globalization;
using System.Text;

namespace Relais.Model.Hours;

/// <summary>
/// Opening hours as compact JSON for the browser's « ouvert maintenant »: one array per rule,
/// [monthMask, dayMask, publicHolidays, [start, end, …]] with months as bits (January = 1, 0 =
/// all year), days as bits (Sunday = 1, 0 with no holiday flag = every day) and minutes since
/// midnight (24:00 = 1440). The script applies the rules as <see cref="OpeningHours.On(DateOnly, bool)"/> does.
/// </summary>
public static class HoursCode
{
    // A place is listed on dozens of commune pages: encode its hours once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<OpeningHours, string> Cache = new();

    public static string Encode(OpeningHours hours) => Cache.GetValue(hours, Compute);

    private static string Compute(OpeningHours hours)
    {
        var json = new StringBuilder("[");
        foreach (var rule in hours.Applied)
        {
            if (json.Length > 1) json.Append(',');
            var months = rule.Months.Aggregate(0, (mask, range) =>
            {
                for (var m = 1; m <= 12; m++) if (range.Contains(m)) mask |= 1 << (m - 1);
                return mask;
            });
            var days = rule.Days.Aggregate(0, (mask, day) => mask | 1 << (int)day);
            json.Append(CultureInfo.InvariantCulture, $"[{months},{days},{(rule.PublicHolidays ? 1 : 0)},[");
            json.AppendJoin(',', rule.Times.SelectMany(t => new[] { Minutes(t.Start), t.End == TimeOnly.MinValue ? 1440 : Minutes(t.End) }).Select(m => m.ToString(CultureInfo.InvariantCulture)));
            json.Append("]]");
        }
        return json.Append(']').ToString();
    }

    private static int Minutes(TimeOnly time) => time.Hour * 60 + time.Minute;
}
