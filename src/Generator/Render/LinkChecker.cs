namespace Relais.Generator.Render;

/// <summary>
/// Finds the links of a rendered page that lead nowhere: a site route that no page or file has,
/// an in-page anchor with no matching id, or a scheme other than http(s), mailto and tel.
/// A scan for « name="value" » suffices: the HTML is our own output, attributes always
/// double-quoted (and it is several times faster than a regular expression over 100,000 pages).
/// </summary>
public static class LinkChecker
{
    public static IReadOnlyList<string> Broken(string html, IReadOnlySet<string> routes, Uri? baseUrl = null)
    {
        var targets = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = html.IndexOf("=\"", StringComparison.Ordinal); i >= 0; i = html.IndexOf("=\"", i, StringComparison.Ordinal))
        {
            var end = html.IndexOf('"', i + 2);
            if (end < 0) break;
            var name = AttributeName(html, i);
            if (name is "href" or "src" or "action") targets.Add(System.Net.WebUtility.HtmlDecode(html[(i + 2)..end]));
            else if (name is "id") ids.Add(html[(i + 2)..end]);
            i = end + 1;
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

    /// <summary>The name before the « = » at <paramref name="equals"/>, when white space precedes it
    /// (so « data-src= » or « data-id= » are not taken for links or anchors).</summary>
    private static ReadOnlySpan<char> AttributeName(string html, int equals)
    {
        var start = equals;
        while (start > 0 && char.IsAsciiLetterLower(html[start - 1])) start--;
        return start > 0 && start < equals && char.IsWhiteSpace(html[start - 1]) ? html.AsSpan(start, equals - start) : [];
    }
}
