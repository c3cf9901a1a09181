using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Relais.Generator.Tests;

/// <summary>Assertions on a built site's files.</summary>
public static class OutputAssert
{
    private static readonly HtmlParser Parser = new();

    /// <summary>
    /// In the manner of Hugo's AssertFileContent: each line (trimmed; blank lines skipped) must
    /// appear in the file, and a line starting with « ! » must not. The file is compared as a
    /// reader sees it: HTML character references decoded (« Ferm&amp;#xE9; » is « Fermé ») and
    /// non-breaking spaces as plain spaces, so tests write French text as it reads.
    /// Returns the decoded text, for further checks.
    /// </summary>
    public static string File(string output, string path, params string[] lines)
    {
        var full = Path.Combine(output, path);
        Assert.True(System.IO.File.Exists(full), $"{path} was not written in {output}");
        var text = Readable(System.IO.File.ReadAllText(full));
        foreach (var raw in lines.SelectMany(l => l.Split('\n')))
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("! ", StringComparison.Ordinal))
            {
                var absent = Readable(line[2..]);
                Assert.False(text.Contains(absent, StringComparison.Ordinal), $"{path} should not contain « {absent} »");
            }
            else
            {
                var present = Readable(line);
                Assert.True(text.Contains(present, StringComparison.Ordinal), $"{path} should contain « {present} »");
            }
        }
        return text;
    }

    /// <summary>A page of the output, parsed.</summary>
    public static IDocument Html(string output, string path)
    {
        var full = Path.Combine(output, path);
        Assert.True(System.IO.File.Exists(full), $"{path} was not written in {output}");
        return Parser.ParseDocument(System.IO.File.ReadAllText(full));
    }

    /// <summary>
    /// Where a page that only sends on leads, as a browser follows it: the URL of its meta refresh resolved
    /// from the page's own address (« v/x/index.html » with « ../../bus/t/v/ » → « /bus/t/v/ »), under a base
    /// path as at the root. Null for a page of its own (no refresh), or when the file is not there.
    /// </summary>
    public static string? RedirectTarget(string output, string path)
    {
        var full = Path.Combine(output, path);
        if (!System.IO.File.Exists(full)) return null;
        var refresh = Parser.ParseDocument(System.IO.File.ReadAllText(full)).QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content");
        if (refresh is null) return null;
        var url = refresh[(refresh.IndexOf("url=", StringComparison.OrdinalIgnoreCase) + "url=".Length)..];
        Assert.False(url.StartsWith('/') || url.Contains("://", StringComparison.Ordinal), $"{path}: the refresh « {url} » is not relative: it would leave a site served under a path");
        const string underPath = "/sous/chemin";
        var route = path == "index.html" ? "/" : path.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + path[..^"index.html".Length] : "/" + path;
        var resolved = new Uri(new Uri("https://exemple.invalid" + underPath + route), url).AbsolutePath;
        Assert.StartsWith(underPath + "/", resolved, StringComparison.Ordinal);
        return resolved[underPath.Length..];
    }

    /// <summary>An element's text as read: non-breaking spaces as spaces, runs of white space as one.</summary>
    public static string Text(this IElement element) => Normalize(element.TextContent);

    public static string Normalize(string text) =>
        string.Join(' ', text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Readable(string text) => WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
