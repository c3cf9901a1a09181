using System.Text;
using System.Text.RegularExpressions;

namespace Relais.Model.Values;

/// <summary>
/// A French phone number, stored in the national standard's international form (+33247123456) and
/// shown in the familiar national form (02 47 12 34 56).
/// </summary>
public readonly partial record struct PhoneNumber(string International)
{
    // The standard's accepted country codes: metropolitan France and overseas territories.
    [GeneratedRegex(@"^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d{6,9})$")]
    private static partial Regex InternationalPattern();

    [GeneratedRegex(@"^0[1-9]\d{8}$")]
    private static partial Regex NationalPattern();

    /// <summary>« 02 47 12 34 56 » for +33 numbers; the international form spaced otherwise.</summary>
    public string Display
    {
        get
        {
            if (International.StartsWith("+33", StringComparison.Ordinal) && International.Length == 12)
            {
                var national = "0" + International[3..];
                var sb = new StringBuilder();
                for (var i = 0; i < national.Length; i += 2)
                {
                    if (i > 0) sb.Append(' ');
                    sb.Append(national, i, 2);
                }
                return sb.ToString();
            }
            var match = InternationalPattern().Match(International);
            return match.Success ? $"{match.Groups[1].Value} {match.Groups[2].Value}" : International;
        }
    }

    /// <summary><see cref="Display"/> with no-break spaces: the text of a tel: link, which a narrow
    /// screen must not split over two lines.</summary>
    public string Unbroken => Display.Replace(' ', '\u00A0');

    /// <summary>The value of a tel: link.</summary>
    public string TelUri => "tel:" + International;

    public static bool TryParse(string text, out PhoneNumber phone, out string error)
    {
        var compact = new StringBuilder();
        foreach (var c in text.Trim())
        {
            if (char.IsDigit(c) || c == '+') compact.Append(c);
            else if (c is ' ' or '.' or '-' or '\u00A0' or '\u202F' or '(' or ')') continue;
            else
            {
                phone = default;
                error = Hint(text);
                return false;
            }
        }
        var digits = compact.ToString();
        if (digits.StartsWith("0033", StringComparison.Ordinal)) digits = "+33" + digits[4..];
        // « +33 (0)2 47 … »: the bracketed trunk zero must go.
        if (digits.StartsWith("+330", StringComparison.Ordinal)) digits = "+33" + digits[4..];
        if (NationalPattern().IsMatch(digits)) digits = "+33" + digits[1..];
        if (digits.StartsWith("+33", StringComparison.Ordinal) ? digits.Length == 12 && digits[3] != '0' : InternationalPattern().IsMatch(digits))
        {
            phone = new PhoneNumber(digits);
            error = "";
            return true;
        }
        phone = default;
        error = Hint(text);
        return false;
    }

    private static string Hint(string text) =>
        $"« {text} » n'est pas un numéro de téléphone français : écrivez 10 chiffres commençant par 0, par exemple « 02 47 12 34 56 », ou la forme internationale « +33 2 47 12 34 56 ».";

    public override string ToString() => International;
}
