using System.Text;
using System.Text.RegularExpressions;
using Relais.Model.Values;

namespace Relais.Generator.Import;

/// <summary>
/// Phones, e-mails and web addresses as hubs write them, cleaned into the values content files hold;
/// what cannot be cleaned is dropped with a note saying why.
/// </summary>
public static partial class HubContacts
{
    [GeneratedRegex(@"\+?\(?\d[\d\s.\-()]*\d")]
    private static partial Regex PhoneLike();

    [GeneratedRegex(@"\s+ou\s+|\s+/\s+|[|;,\n]", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"[|;,\s]+")]
    private static partial Regex ListSeparators();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)+(/.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareDomain();

    /// <summary>Cells that mean « nothing »: a dash, « NC », « non communiqué »…</summary>
    public static bool IsPlaceholder(string cell) =>
        Relais.Model.Slugs.From(cell) is "" or "nc" or "n-c" or "na" or "n-a" or "non-communique" or "non-renseigne" or "aucun" or "aucune" or "neant" or "inconnu" or "null" or "none" or "0";

    public static PhoneNumber? Phone(string cell, List<string> notes)
    {
        if (IsPlaceholder(cell)) return null;
        PhoneNumber? kept = null;
        foreach (var part in PhoneSeparators().Split(cell).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var match = PhoneLike().Match(part);
            if (!match.Success)
            {
                notes.Add($"téléphone « {part} » : pas de numéro, non repris");
                continue;
            }
            var (phone, why) = OnePhone(match.Value);
            if (phone is null)
            {
                notes.Add($"téléphone « {part} » refusé : {why}");
                continue;
            }
            if (why is not null) notes.Add($"téléphone « {part} » : {why}");
            if (kept is null) kept = phone;
            else if (kept != phone) notes.Add($"autre téléphone « {part} » non repris : un seul numéro par lieu (ajoutez-le à la présentation s'il sert)");
        }
        return kept;
    }

    private static (PhoneNumber? Phone, string? Why) OnePhone(string text)
    {
        var digits = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && digits.Length == 0)) digits.Append(c);
        }
        var compact = digits.ToString();
        var bare = compact.TrimStart('+');
        if (bare.Length <= 6)
            return (null, "numéro court ou incomplet : il faut un numéro à 10 chiffres joignable de partout, par exemple « 02 47 12 34 56 »");
        string? why = null;
        if (!compact.StartsWith('+'))
        {
            if (compact.StartsWith("33", StringComparison.Ordinal) && compact.Length == 11) compact = "+" + compact;
            else if (compact.StartsWith("330", StringComparison.Ordinal) && compact.Length == 12) compact = "+33" + compact[3..];
            else if (compact.Length == 9 && compact[0] != '0')
            {
                // A spreadsheet read the number as a number and dropped its leading zero.
                compact = "0" + compact;
                why = "zéro initial rétabli";
            }
        }
        return PhoneNumber.TryParse(compact, out var phone, out _)
            ? (phone, why)
            : (null, "ce n'est pas un numéro de téléphone français (10 chiffres commençant par 0, ou +33 suivi de 9 chiffres)");
    }

    public static List<EmailAddress> Emails(string cell, List<string> notes)
    {
        var emails = new List<EmailAddress>();
        if (IsPlaceholder(cell)) return emails;
        foreach (var part in ListSeparators().Split(cell).Where(p => p.Length > 0))
        {
            var text = part.Trim('<', '>', '.', '(', ')', '"', '\'');
            if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) text = text[7..];
            var at = text.IndexOf('@', StringComparison.Ordinal);
            if (at > 0) text = text[..at] + text[at..].ToLowerInvariant();
            if (!EmailAddress.TryParse(text, out var email, out var error))
            {
                notes.Add($"courriel refusé : {error}");
                continue;
            }
            if (!emails.Contains(email)) emails.Add(email);
        }
        return emails;
    }

    public static List<WebUrl> Urls(string cell, string column, List<string> notes)
    {
        var urls = new List<WebUrl>();
        if (IsPlaceholder(cell)) return urls;
        foreach (var part in ListSeparators().Split(cell).Where(p => p.Length > 0))
        {
            if (Url(part, column, notes) is { } url && !urls.Contains(url)) urls.Add(url);
        }
        return urls;
    }

    public static WebUrl? Url(string text, string column, List<string> notes)
    {
        var candidate = text.Trim().TrimEnd('.', ',', ';');
        if (candidate.Length == 0 || IsPlaceholder(candidate)) return null;
        if (!candidate.Contains("://", StringComparison.Ordinal) && BareDomain().IsMatch(candidate))
        {
            notes.Add($"{column} « {candidate} » : « https:// » ajouté devant");
            candidate = "https://" + candidate;
        }
        if (WebUrl.TryParse(candidate, out var url, out var error)) return url;
        notes.Add($"{column} refusé : {error}");
        return null;
    }
}
