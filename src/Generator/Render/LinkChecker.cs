using System.Text.RegularExpressions;

namespace Relais.Generator.Render;

/// <summary>
/// Finds the links of a rendered page that lead nowhere: a site route that no page or file has,
/// an in-page anchor with no matching id, or a scheme other than http(s), mailto and tel.
/// A regular expression suffices: the HTML is our own output, attributes always double-quoted.
/// </summary>
public static partial class LinkChecker
{
    // Preceded by white space, so « data-src= » or « data-id= » are not taken for links or anchors.
    [GeneratedRegex("(?<=\\s)(?:href|src|action)=\"([^\"]*)\"|(?<=\\s)id=\"([^\"]*)\"")]
    private static partial Regex Attributes();

    public static IReadOnlyList<string> Broken(string html, IReadOnlySet<string> routes, Uri? baseUrl = null)
    {
        var targets = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Attributes().Matches(html))
        {
            if (match.Groups[1].Success) targets.Add(System.Net.WebUtility.HtmlDecode(match.Groups[1].Value));
            else ids.Add(match.Groups[2].Value);
        }
        var broken = new List<string>();
        foreach (var target in targets.Distinct(StringComparer.Ordinal))
        {
            if (target.StartsWith('#'))
            {
                if (!ids.Contains(target[1..])) broken.Add(target);
            }
            else if (target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal))
            {
                var path = target.Split('#', 2)[0].Split('?', 2)[0];
                if (!routes.Contains(path)) broken.Add(target);
            }
            else if (target.StartsWith("webcal://", StringComparison.Ordinal))
            {
                // A subscription link to one of our calendars: its path must be planned.
                var prefix = baseUrl?.AbsolutePath.TrimEnd('/') ?? "";
                var path = Uri.TryCreate(target, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "";
                if (!path.StartsWith(prefix, StringComparison.Ordinal) || !routes.Contains(path[prefix.Length..])) broken.Add(target);
            }
            else if (!(target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith("http://", StringComparison.Ordinal)
                       || target.StartsWith("mailto:", StringComparison.Ordinal) || target.StartsWith("tel:", StringComparison.Ordinal)))
            {
                broken.Add(target);
            }
        }
        return broken;
    }
}
