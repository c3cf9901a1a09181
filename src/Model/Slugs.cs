using System.Globalization;
using System.Text;

namespace Relais.Model;

/// <summary>Lower-case ASCII words joined by hyphens, as every URL of the site is.</summary>
public static class Slugs
{
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in Fold(text))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                sb.Append(c);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>Lower case without accents or ligatures: « Œuvre Éloïse » → « oeuvre eloise ».</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            switch (char.ToLowerInvariant(c))
            {
                case 'œ': sb.Append("oe"); break;
                case 'æ': sb.Append("ae"); break;
                case var lower: sb.Append(lower); break;
            }
        }
        return sb.ToString();
    }

    public static bool IsSlug(string text) => text.Length > 0 && From(text) == text;
}
