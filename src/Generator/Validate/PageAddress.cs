using System.Text.RegularExpressions;

namespace Relais.Generator.Validate;

/// <summary>
/// How an address of a page is written in content/redirections.csv: the path from the site's root, as the
/// site's own addresses are (« /lieux/epn-loches/ »), or a page name ending in « .html » (« /404.html », the
/// pages of an older site). Lower case, letters, digits, « - » and « _ » only: the address is also a file
/// of the output, and must not clash with another on a disk that ignores case nor land inside a file.
/// </summary>
public static partial class PageAddress
{
    [GeneratedRegex(@"^/(?:[a-z0-9_-]+/)*(?:[a-z0-9_-]+\.html)?$")]
    private static partial Regex Form();

    /// <summary>The address as the site writes it, or null with what is wrong and how to write it.</summary>
    public static string? Read(string text, out string? error)
    {
        error = null;
        var address = text.Trim();
        if (Form().IsMatch(address) && !address.EndsWith("/index.html", StringComparison.Ordinal)) return address;
        var fixedUp = Suggestion(address);
        var example = fixedUp is not null && Form().IsMatch(fixedUp) ? $" : écrivez « {fixedUp} »" : ", par exemple « /lieux/epn-loches/ »";
        error = address switch
        {
            "" => "adresse vide : écrivez l'adresse de la page à partir du « / » qui suit le nom du site, par exemple « /lieux/epn-loches/ ».",
            _ when address.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || address.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                => $"« {address} » : écrivez l'adresse sans le nom du site, à partir du « / » qui le suit{example}.",
            _ when !address.StartsWith('/') => $"« {address} » : une adresse du site commence par « / »{example}.",
            _ when address.AsSpan().IndexOfAny('?', '#') >= 0 => $"« {address} » : une adresse de page s'écrit sans « ? » ni « # » ni ce qui les suit{example}.",
            _ when address.Any(char.IsUpper) => $"« {address} » : les adresses du site s'écrivent en minuscules{example}.",
            _ when address.Contains("//", StringComparison.Ordinal) => $"« {address} » : deux « / » se suivent{example}.",
            _ when address.EndsWith("/index.html", StringComparison.Ordinal) => $"« {address} » : la page d'un dossier s'écrit sans « index.html »{example}.",
            _ when address.FirstOrDefault(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '/' or '-' or '_' or '.')) is var c and not '\0'
                => $"« {address} » : le caractère « {c} » n'a pas sa place dans une adresse du site (minuscules sans accent, chiffres, « - » et « _ »){example}.",
            _ when !address.EndsWith('/') && !address.EndsWith(".html", StringComparison.Ordinal) && !address.Split('/')[^1].Contains('.', StringComparison.Ordinal)
                => $"« {address} » : l'adresse d'une page finit par « / »{example}.",
            _ => $"« {address} » : seules les adresses de pages peuvent être redirigées, celles qui finissent par « / » ou par « .html » (pas un fichier .pdf, .ics, .csv…), un point seulement dans « .html » final{example}.",
        };
        return null;
    }

    /// <summary>The likeliest intended address: the path of a full URL, a missing « / », lower case, without « ?… », « #… » or « index.html ».</summary>
    private static string? Suggestion(string address)
    {
        if (address.Length == 0) return null;
        if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") address = uri.AbsolutePath;
        address = address.Split('#', 2)[0].Split('?', 2)[0];
        if (!address.StartsWith('/')) address = "/" + address;
        while (address.Contains("//", StringComparison.Ordinal)) address = address.Replace("//", "/", StringComparison.Ordinal);
        address = address.ToLowerInvariant();
        if (address.EndsWith("/index.html", StringComparison.Ordinal)) address = address[..^"index.html".Length];
        if (!address.EndsWith('/') && !address.Split('/')[^1].Contains('.', StringComparison.Ordinal)) address += "/";
        return address;
    }
}
