using System.Globalization;
using System.Text.RegularExpressions;

namespace Relais.Model.Values;

/// <summary>Dates are written AAAA-MM-JJ (ISO 8601), the form YAML and the national standard use.</summary>
public static partial class IsoDate
{
    [GeneratedRegex(@"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")]
    private static partial Regex FrenchPattern();

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
        var french = FrenchPattern().Match(trimmed);
        if (french.Success && DateOnly.TryParseExact(
                $"{french.Groups[3].Value}-{french.Groups[2].Value.PadLeft(2, '0')}-{french.Groups[1].Value.PadLeft(2, '0')}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var meant))
        {
            error = $"« {text} » : écrivez la date au format AAAA-MM-JJ, ici « {Format(meant)} ».";
            return false;
        }
        error = $"« {text} » n'est pas une date valide : écrivez-la au format AAAA-MM-JJ, par exemple « 2027-03-09 ».";
        return false;
    }
}
