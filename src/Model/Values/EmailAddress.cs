using System.Text.RegularExpressions;

namespace Relais.Model.Values;

public readonly partial record struct EmailAddress(string Value)
{
    // Deliberately simple: one @, a dot in the domain, no spaces. Deliverability is not ours to check.
    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex Pattern();

    public string MailtoUri => "mailto:" + Value;

    public static bool TryParse(string text, out EmailAddress email, out string error)
    {
        var trimmed = text.Trim();
        email = new EmailAddress(trimmed);
        if (Pattern().IsMatch(trimmed))
        {
            error = "";
            return true;
        }
        error = $"« {text} » n'est pas une adresse de courriel : elle s'écrit nom@domaine.fr, sans espace.";
        return false;
    }

    public override string ToString() => Value;
}
