using System.Globalization;
using System.Text.RegularExpressions;

namespace Relais.Model.Values;

/// <summary>
/// A span of clock time within one day, e.g. 09:00-12:00. Parsing accepts what editors write
/// (« 9h-12h », « 14h30-17h ») and leaves the order check to validation, which reports it apart.
/// </summary>
public readonly partial record struct TimeRange(TimeOnly Start, TimeOnly End)
{
    [GeneratedRegex(@"^(\d{1,2})(?:[:hH](\d{2})?)?$")]
    private static partial Regex ClockPattern();

    public bool IsOrdered => End > Start || End == TimeOnly.MinValue && Start > TimeOnly.MinValue;

    public static bool TryParse(string text, out TimeRange range, out string error)
    {
        range = default;
        var parts = text.Trim().Split(['-', '–'], StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && TryParseClock(parts[0], out var start) && TryParseClock(parts[1], out var end))
        {
            range = new TimeRange(start, end);
            error = "";
            return true;
        }
        error = $"« {text} » n'est pas une plage horaire : écrivez l'heure de début et de fin, par exemple « 09:00-12:00 ».";
        return false;
    }

    public static bool TryParseClock(string text, out TimeOnly time)
    {
        time = default;
        // « 09:00 », nearly every time written, without the pattern's match objects.
        if (text.Length == 5 && text[2] == ':' && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[3]) && char.IsAsciiDigit(text[4]))
        {
            var (h, m) = ((text[0] - '0') * 10 + text[1] - '0', (text[3] - '0') * 10 + text[4] - '0');
            if (h == 24 && m == 0) return true; // end of day, see IsOrdered
            if (h > 23 || m > 59) return false;
            time = new TimeOnly(h, m);
            return true;
        }
        var match = ClockPattern().Match(text);
        if (!match.Success) return false;
        var hours = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : 0;
        if (hours == 24 && minutes == 0)
        {
            time = TimeOnly.MinValue; // end of day, see IsOrdered
            return true;
        }
        if (hours > 23 || minutes > 59) return false;
        time = new TimeOnly(hours, minutes);
        return true;
    }

    /// <summary>Machine form, « 09:00-12:00 ».</summary>
    public override string ToString() =>
        $"{Clock(Start)}-{(End == TimeOnly.MinValue ? "24:00" : Clock(End))}";

    /// <summary>« 09:00 ».</summary>
    public static string Clock(TimeOnly time) => time.ToString("HH\\:mm", CultureInfo.InvariantCulture);
}
