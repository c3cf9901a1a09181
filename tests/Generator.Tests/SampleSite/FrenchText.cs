using System.Globalization;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// How the site writes dates, times, distances and phones in French, written out independently of
/// the generator's own formatting so that tests compare the pages with the content files.
/// </summary>
public static class FrenchText
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>« mardi 9 mars 2027 », « mardi 1er décembre 2026 »: .NET's French names, and French usage for the first.</summary>
    public static string LongDate(DateOnly date) =>
        date.Day == 1 ? date.ToString("dddd '1er' MMMM yyyy", French) : date.ToString("dddd d MMMM yyyy", French);

    /// <summary>« 26 novembre », « 1er décembre ».</summary>
    public static string DayMonth(DateOnly date) =>
        date.Day == 1 ? date.ToString("'1er' MMMM", French) : date.ToString("d MMMM", French);

    /// <summary>« Mardi 9 mars 2027 », as a poster heads with it.</summary>
    public static string CapitalizedLongDate(DateOnly date)
    {
        var text = LongDate(date);
        return char.ToUpper(text[0], French) + text[1..];
    }

    /// <summary>« 09:00-12:00 » → « 9 h – 12 h », « 14:30-16:30 » → « 14 h 30 – 16 h 30 ».</summary>
    public static string Range(string range)
    {
        static string Clock(string hhmm)
        {
            var (hours, minutes) = (int.Parse(hhmm[..2], CultureInfo.InvariantCulture), int.Parse(hhmm[3..], CultureInfo.InvariantCulture));
            return minutes == 0 ? $"{hours} h" : $"{hours} h {minutes:00}";
        }
        var parts = range.Split('-');
        return $"{Clock(parts[0])} – {Clock(parts[1])}";
    }

    /// <summary>« 9 h – 12 h et 14 h – 17 h ».</summary>
    public static string Ranges(IEnumerable<string> ranges) => string.Join(" et ", ranges.Select(Range));

    /// <summary>A distance as the print pages give it: « 5 km », « moins d'1 km ».</summary>
    public static string Km(double km) =>
        km < 1 ? "moins d'1 km" : $"{Math.Round(km, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)} km";

    /// <summary>The ten digits of a French phone number, whichever way it is written (« +33 2 … » or « 02 … »).</summary>
    public static string PhoneDigits(string phone)
    {
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return phone.TrimStart().StartsWith('+') && digits.StartsWith("33", StringComparison.Ordinal) ? "0" + digits[2..] : digits;
    }
}
