using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;

namespace Relais.Benchmarks;

/// <summary>Files, bytes and gzip bytes of one kind of output file.</summary>
public sealed record KindTally(string Kind, int Files, long Bytes, long GzipBytes);

/// <summary>
/// An output folder counted by kind of file, told apart by address (our URL scheme, which the Hugo
/// site shares for its pages): commune pages, posters, calendars, search index… Each file is also
/// gzipped in memory (level Optimal, about `gzip -6`) for what a server that compresses would send.
/// A page that only redirects (a meta refresh) counts as a redirect wherever it is, but for the
/// short addresses under /v/, which all do.
/// </summary>
public sealed class OutputCensus
{
    public required IReadOnlyList<KindTally> Kinds { get; init; }

    public int Files => Kinds.Sum(k => k.Files);

    public long Bytes => Kinds.Sum(k => k.Bytes);

    public long GzipBytes => Kinds.Sum(k => k.GzipBytes);

    /// <summary>Pages: HTML files, redirects included.</summary>
    public int Pages { get; init; }

    public static OutputCensus Of(string folder)
    {
        var tallies = new ConcurrentDictionary<string, (int Files, long Bytes, long Gzip)>(StringComparer.Ordinal);
        var pages = 0;
        Parallel.ForEach(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories), path =>
        {
            var bytes = File.ReadAllBytes(path);
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var html = relative.EndsWith(".html", StringComparison.Ordinal);
            if (html) Interlocked.Increment(ref pages);
            var kind = html && !relative.StartsWith("v/", StringComparison.Ordinal) && IsRedirect(bytes) ? "redirects" : KindOf(relative);
            var gzip = Gzipped(bytes);
            tallies.AddOrUpdate(kind, (1, bytes.Length, gzip), (_, t) => (t.Files + 1, t.Bytes + bytes.Length, t.Gzip + gzip));
        });
        var kinds = tallies.Select(t => new KindTally(t.Key, t.Value.Files, t.Value.Bytes, t.Value.Gzip)).OrderByDescending(k => k.Bytes).ToList();
        return new OutputCensus { Kinds = kinds, Pages = pages };
    }

    private static string KindOf(string path) => path switch
    {
        _ when path.EndsWith(".ics", StringComparison.Ordinal) => "calendars (.ics)",
        _ when path.StartsWith("communes/", StringComparison.Ordinal) && path.Contains("/affiche/", StringComparison.Ordinal) => "commune posters",
        _ when path.StartsWith("communes/", StringComparison.Ordinal) => "commune pages",
        _ when path.StartsWith("bus/", StringComparison.Ordinal) && path.Contains("/affiche/", StringComparison.Ordinal) => "visit posters",
        _ when path.StartsWith("bus/", StringComparison.Ordinal) && path.Contains("/suite/", StringComparison.Ordinal) => "after-the-bus sheets",
        _ when path.StartsWith("bus/", StringComparison.Ordinal) => "visit and tour pages",
        _ when path.StartsWith("lieux/", StringComparison.Ordinal) => "place pages",
        _ when path.StartsWith("ateliers/", StringComparison.Ordinal) => "workshop pages",
        _ when path.StartsWith("departements/", StringComparison.Ordinal) => "department pages",
        _ when path.StartsWith("agenda/", StringComparison.Ordinal) => "agenda pages",
        _ when path.StartsWith("v/", StringComparison.Ordinal) => "short addresses",
        _ when path.StartsWith("donnees/recherche/", StringComparison.Ordinal) => "search index",
        _ when path.StartsWith("donnees/autour/", StringComparison.Ordinal) => "« autour de moi » index",
        _ when path.StartsWith("donnees/", StringComparison.Ordinal) => "open data (CSV, GeoJSON, Atom, JSON)",
        _ when path.StartsWith("assets/", StringComparison.Ordinal) => "assets (CSS, JS, SVG)",
        "sitemap.xml" or "adresses.json" or "robots.txt" => "sitemap, robots.txt, adresses.json",
        _ => "other pages (home, lists, written pages, 404)",
    };

    private static bool IsRedirect(byte[] html) =>
        Encoding.UTF8.GetString(html, 0, Math.Min(html.Length, 2048)).Contains("http-equiv=\"refresh\"", StringComparison.OrdinalIgnoreCase);

    private static long Gzipped(byte[] bytes)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return memory.Length;
    }
}
