using System.Text;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Validate;

namespace Relais.Generator.Addresses;

/// <summary>
/// Adds lines to content/redirections.csv for `adresses --corriger`: the file is created with its header if
/// missing; the lines already there are kept byte for byte, and the new ones appended below them as one
/// block in address order, with the file's own separator.
/// </summary>
public static class RedirectionsFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Appends a line per (old, new) whose old address the file does not already redirect; returns those it already had.</summary>
    public static IReadOnlyList<string> Append(string root, IReadOnlyList<(string From, string To)> lines)
    {
        var path = Path.Combine(root, ContentLayout.Redirects);
        var text = File.Exists(path) ? SourceText.Read(path, out var error) ?? throw new IOException($"{ContentLayout.Redirects} : {error}") : "";
        var separator = ';';
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (text.Trim().Length > 0)
        {
            var table = CsvTableReader.Read(text, ContentLayout.Redirects, new DiagnosticBag());
            separator = CsvTableReader.DetectSeparator(text);
            var column = table?.Header.ToList().FindIndex(h => h.Value.Trim() == BindRedirects.From) ?? -1;
            foreach (var row in table?.Rows ?? [])
            {
                if (column >= 0 && column < row.Count && PageAddress.Read(row[column].Value, out _) is { } from) known.Add(from);
            }
        }
        var already = lines.Where(l => known.Contains(l.From)).Select(l => l.From).ToList();
        var added = lines.Where(l => !known.Contains(l.From)).DistinctBy(l => l.From).OrderBy(l => l.From, StringComparer.Ordinal).ToList();
        if (added.Count == 0) return already;

        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var block = new StringBuilder();
        if (text.Trim().Length == 0) block.Append(string.Join(separator, BindRedirects.Columns)).Append(newline);
        else if (!text.EndsWith('\n')) block.Append(newline);
        foreach (var (from, to) in added) block.Append(from).Append(separator).Append(to).Append(newline);

        // The file's bytes as they were (a BOM, its line ends), then the block.
        byte[] before = text.Trim().Length == 0 ? [] : File.ReadAllBytes(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, [.. before, .. Utf8.GetBytes(block.ToString())]);
        File.Move(temporary, path, overwrite: true);
        return already;
    }
}
