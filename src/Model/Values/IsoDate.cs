using System.Globalization;
using System.Text.RegularExpressions;

namespace Relais.Model.Values;

/// <summary>Dates are written AAAA-MM-JJ (ISO 8601), the form YAML and the national standard use.</summary>
public static partial class IsoDate
{
    [GeneratedRegex(@"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")]
    private static partial Regex FrenchPattern();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})$")]
    private static partial Regex IsoPattern();

    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>« 2027-03-09 » in the Gregorian calendar whatever the machine's culture (a Thai one would write 2570).</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date, out string error)
    {
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = "";
            return true;
        }
        var iso = IsoPattern().Match(trimmed);
        if (iso.Success)
        {
            error = $"« {text} » : {Impossible(int.Parse(iso.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups[3].Value, CultureInfo.InvariantCulture))}";
            return false;
        }
        var french = FrenchPattern().Match(trimmed);
        if (french.Success && DateOnly.TryParseExact(
                $"{french.Groups[3].Value}-{french.Groups[2].Value.PadLeft(2, '0')}-{french.Groups[1].Value.PadLeft(2, '0')}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var meant))
        {
            error = $"« {text} » : écrivez la date au format AAAA-MM-JJ, ici « {Format(meant)} ».";
            return false;
        }
        if (french.Success)
        {
            error = $"« {text} » : écrivez la date au format AAAA-MM-JJ ; de plus, {Impossible(int.Parse(french.Groups[3].Value, CultureInfo.InvariantCulture), int.Parse(french.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(french.Groups[1].Value, CultureInfo.InvariantCulture))}";
            return false;
        }
        error = $"« {text} » n'est pas une date valide : écrivez-la au format AAAA-MM-JJ, par exemple « 2027-03-09 ».";
        return false;
    }

    /// <summary>Why a date written in the right form is not in the calendar (30 February, month 13…).</summary>
    private static string Impossible(int year, int month, int day)
    {
        if (month is < 1 or > 12)
            return $"le mois {month} n'existe pas (les mois vont de 01 à 12) : vérifiez le mois, écrit après l'année (AAAA-MM-JJ).";
        if (year < 1) return "l'année 0000 n'existe pas : vérifiez l'année.";
        var days = DateTime.DaysInMonth(year, month);
        if (day == 0) return "le jour 00 n'existe pas (les jours commencent à 01) : vérifiez le jour.";
        var why = month == 2 && day == 29 ? $"{year} n'est pas une année bissextile : février {year} a 28 jours" : $"{Months[month - 1]} a {days} jours";
        return $"le {day} {Months[month - 1]} {year} n'existe pas ({why}) : vérifiez le jour et le mois, par exemple « {year:D4}-{month:D2}-{days:D2} » pour le dernier jour du mois.";
    }
}
