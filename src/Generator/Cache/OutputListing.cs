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
        var prefix = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar).Length + 1;
        var entries = new FileSystemEnumerable<string>(output,
            (ref FileSystemEntry e) => string.Create(CultureInfo.InvariantCulture, $"{e.Length}\t{e.LastWriteTimeUtc.UtcTicks}\t{e.ToFullPath()[prefix..]}"),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
        }.ToList();
        entries.Sort(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var entry in entries) text.Append(entry).Append('\n');
        return text.ToString();
    }
}
