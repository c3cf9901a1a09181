namespace Relais.Generator.Render;

/// <summary>
/// Finds the links of a rendered page that lead nowhere: a site route that no page or file has,
/// an in-page anchor with no matching id, or a scheme other than http(s), mailto and tel.
/// A scan for « name="value" » suffices: the HTML is our own output, attributes always
/// double-quoted (and it is several times faster than a regular expression over 100,000 pages).
/// Values are looked at in place, as spans: a page allocates nothing for its links unless one is broken.
/// </summary>
public static class LinkChecker
{
    public static IReadOnlyList<string> Broken(string html, HashSet<string> routes, Uri? baseUrl = null) => Broken(html.AsSpan(), routes, baseUrl);

    public static IReadOnlyList<string> Broken(ReadOnlySpan<char> html, HashSet<string> routes, Uri? baseUrl = null)
    {
        var lookup = routes.GetAlternateLookup<ReadOnlySpan<char>>();
        // Where the ids and the in-page anchors are, checked once all ids are known; kept per thread, reused.
        var ids = t_ids ??= [];
        var anchors = t_anchors ??= [];
        ids.Clear();
        anchors.Clear();
        List<string>? broken = null;
        void Report(ReadOnlySpan<char> target)
        {
            var text = target.ToString();
            if (!(broken ??= []).Contains(text)) broken.Add(text);
        }
        for (var i = html.IndexOf("=\""); i >= 0;)
        {
            var start = i + 2;
            var length = html[start..].IndexOf('"');
            if (length < 0) break;
            var name = AttributeName(html, i);
            if (name is "id") ids.Add(new Range(start, start + length));
            else if (name is "href" or "src" or "action")
            {
                var target = Decoded(html.Slice(start, length));
                if (target.StartsWith('#')) anchors.Add(new Range(start, start + length));
                else if (IsBroken(target, lookup, baseUrl)) Report(target);
            }
            var next = html[(start + length + 1)..].IndexOf("=\"");
            i = next < 0 ? -1 : start + length + 1 + next;
        }
        foreach (var anchor in anchors)
        {
            var target = Decoded(html[anchor]);
            var found = false;
            foreach (var id in ids)
            {
                if (!html[id].SequenceEqual(target[1..])) continue;
                found = true;
                break;
            }
            if (!found) Report(target);
        }
        return broken ?? [];
    }

    /// <summary>Entities are rare in links (« &amp; » in a query): decoded only then.</summary>
    private static ReadOnlySpan<char> Decoded(ReadOnlySpan<char> value) =>
        value.Contains('&') ? System.Net.WebUtility.HtmlDecode(value.ToString()).AsSpan() : value;

    [ThreadStatic] private static List<Range>? t_ids;
    [ThreadStatic] private static List<Range>? t_anchors;

    private static bool IsBroken(ReadOnlySpan<char> target, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> routes, Uri? baseUrl)
    {
        if (target.StartsWith('/') && !target.StartsWith("//"))
        {
            var path = target;
            if (path.IndexOf('#') is var hash and >= 0) path = path[..hash];
            if (path.IndexOf('?') is var query and >= 0) path = path[..query];
            return !routes.Contains(path);
        }
        if (target.StartsWith("webcal://"))
        {
            // A subscription link to one of our calendars: its path must be planned.
            var prefix = baseUrl?.AbsolutePath.TrimEnd('/') ?? "";
            var path = Uri.TryCreate(target.ToString(), UriKind.Absolute, out var uri) ? uri.AbsolutePath : "";
            return !path.StartsWith(prefix, StringComparison.Ordinal) || !routes.Contains(path.AsSpan(prefix.Length));
        }
        return !(target.StartsWith("https://") || target.StartsWith("http://") || target.StartsWith("mailto:") || target.StartsWith("tel:"));
    }

    /// <summary>The name before the « = » at <paramref name="equals"/>, when white space precedes it
    /// (so « data-src= » or « data-id= » are not taken for links or anchors).</summary>
    private static ReadOnlySpan<char> AttributeName(ReadOnlySpan<char> html, int equals)
    {
        var start = equals;
        while (start > 0 && char.IsAsciiLetterLower(html[start - 1])) start--;
        return start > 0 && start < equals && char.IsWhiteSpace(html[start - 1]) ? html[start..equals] : [];
    }
}
