using System.Text.RegularExpressions;

namespace Relais.Model.Values;

/// <summary>A commune's official geographic code (Code officiel géographique), e.g. 37132 or 2A004.</summary>
public readonly partial record struct CodeInsee(string Value)
{
    // The national standard's pattern: Corsica is 2A/2B, no department 20.
    [GeneratedRegex(@"^([013-9]\d|2[AB1-9])\d{3}$")]
    private static partial Regex Pattern();

    /// <summary>Two characters, three for overseas departments (971…976).</summary>
    public string DepartmentCode => Value.StartsWith("97", StringComparison.Ordinal) ? Value[..3] : Value[..2];

    public static bool TryParse(string text, out CodeInsee code, out string error)
    {
        var trimmed = text.Trim().ToUpperInvariant();
        code = new CodeInsee(trimmed);
        if (Pattern().IsMatch(trimmed))
        {
            error = "";
            return true;
        }
        error = trimmed.Length != 5
            ? $"« {text} » n'est pas un code INSEE : il compte 5 caractères (par exemple « 37132 », ou « 2A004 » en Corse). Attention à ne pas le confondre avec le code postal."
            : $"« {text} » n'est pas un code INSEE valide : 5 chiffres, ou 2A/2B suivis de 3 chiffres en Corse.";
        return false;
    }

    public override string ToString() => Value;
}
