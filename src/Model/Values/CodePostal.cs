using System.Text.RegularExpressions;

namespace Relais.Model.Values;

/// <summary>A five-digit French postal code.</summary>
public readonly partial record struct CodePostal(string Value)
{
    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex Pattern();

    public static bool TryParse(string text, out CodePostal code, out string error)
    {
        var trimmed = text.Trim().Replace(" ", "", StringComparison.Ordinal);
        code = new CodePostal(trimmed);
        if (Pattern().IsMatch(trimmed))
        {
            error = "";
            return true;
        }
        error = $"« {text} » n'est pas un code postal : il faut exactement 5 chiffres, par exemple « 37600 ».";
        return false;
    }

    public override string ToString() => Value;
}
