using System.Globalization;
using System.IO.Enumeration;
using System.Text;

namespace Relais.Generator.Cache;

/// <summary>
/// What an output folder holds, file by file: path, length and last write time. Taken after a
/// build and compared before the next, it says whether anyone touched the output in between
/// (a file deleted, edited or added): only then may a build that has nothing new skip writing.
/// </summary>
public static class OutputListing
{
    public static string Of(string output)
    {
        if (!Directory.Exists(output)) return "";
        var root = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        // Each top folder on its own core: the listing is a stat per file, 150,000 of them nationally.
        var folders = Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal).ToList();
        var entries = folders.AsParallel().SelectMany(f => Entries(root, f, recurse: true)).ToList();
        entries.AddRange(Entries(root, root, recurse: false));
        return Join(entries);
    }

    /// <summary>The listing after a commit, from the one before it: the files the build did not change
    /// keep their lines (their length and date did not move); only the changed ones are read.</summary>
    /// <param name="before">The previous listing's lines by path, trusted (it matched the output).</param>
    /// <param name="site">Every file of the new site; <paramref name="changed"/>, those it wrote.</param>
    public static string After(string output, IReadOnlyDictionary<string, string> before, IReadOnlySet<string> site, IReadOnlySet<string> changed)
    {
        var root = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        var entries = site.AsParallel().Select(path => !changed.Contains(path) && before.TryGetValue(path, out var line) ? line : Line(path, new FileInfo(Path.Combine(root, path)))).ToList();
        return Join(entries);
    }

    /// <summary>A listing's lines by path.</summary>
    public static Dictionary<string, string> ByPath(string listing)
    {
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in listing.Split('\n', StringSplitOptions.RemoveEmptyEntries)) lines[line[(line.LastIndexOf('\t') + 1)..]] = line;
        return lines;
    }

    private static List<string> Entries(string root, string folder, bool recurse)
    {
        var prefix = root.Length + 1;
        return new FileSystemEnumerable<string>(folder,
            (ref FileSystemEntry e) => Line(e.Length, e.LastWriteTimeUtc.UtcTicks, e.ToFullPath()[prefix..]),
            new EnumerationOptions { RecurseSubdirectories = recurse, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        }.ToList();
    }

    private static string Line(string path, FileInfo file) => Line(file.Length, file.LastWriteTimeUtc.Ticks, path);

    private static string Line(long length, long writtenUtcTicks, string path) =>
        string.Create(CultureInfo.InvariantCulture, $"{length}\t{writtenUtcTicks}\t{path}");

    private static string Join(List<string> entries)
    {
        entries.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var entry in entries) text.Append(entry).Append('\n');
        return text.ToString();
    }
}
