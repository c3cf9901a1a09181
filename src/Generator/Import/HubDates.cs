using System.Globalization;
using System.Text.RegularExpressions;

namespace Relais.Generator.Import;

/// <summary>
/// « date_maj » as hubs write it: ISO (« 2020-06-30 », « 2020-06-30T14:16:50Z »), with slashes and a
/// time (« 2020/06/30 14:16:50 »), French (« 30/06/2020 », « 30.06.2020 »), inside text (« mis à jour le
/// 30/06/2020 »), or a spreadsheet's day number (« 44012 »). The Unix epoch (1970-01-01) and other
/// dates before 1990 are placeholders, not dates.
/// </summary>
public static partial class HubDates
{
    [GeneratedRegex(@"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^\d{5}(\.\d+)?$")]
    private static partial Regex SpreadsheetDay();

    private static readonly DateOnly FirstPlausible = new(1990, 1, 1);

    public static DateOnly? Parse(string cell)
    {
        var text = cell.Trim();
        if (text.Length == 0) return null;
        DateOnly? date = null;
        if (YearFirst().Match(text) is { Success: true } iso) date = Make(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        else if (DayFirst().Match(text) is { Success: true } french) date = Make(french.Groups[3].Value, french.Groups[2].Value, french.Groups[1].Value);
        else if (SpreadsheetDay().IsMatch(text))
        {
            // Spreadsheets count days from 1899-12-30.
            var days = int.Parse(text.Split('.')[0], CultureInfo.InvariantCulture);
            date = new DateOnly(1899, 12, 30).AddDays(days);
        }
        return date is { } d && d >= FirstPlausible ? d : null;
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }
}
