using Relais.Generator.Load;
using F = Relais.Generator.Validate.Fields.PlaceFields;

namespace Relais.Generator.Import;

/// <summary>What an update did to one field of an existing file.</summary>
public enum FieldChange
{
    /// <summary>The file had no value: the hub's was added.</summary>
    Added,
    /// <summary>The hub's value replaced the file's.</summary>
    Replaced,
    /// <summary>The file's value, an editor's, was kept although the hub's differs.</summary>
    Kept,
    /// <summary>The field went (text hours, once the hub gives OSM hours).</summary>
    Removed,
}

public sealed record FieldEdit(string Key, FieldChange Change, string? Old, string? New);

/// <summary>
/// Updates an existing place file in place, line by line: a field whose value already means the
/// hub's is left as written, others are replaced or added at their place in the field order, and
/// everything else (comments, fields the hub does not give, an editor's presentation, hours and
/// position) stays as the editor wrote it. The edits say what changed, for the report.
/// </summary>
public static class PlaceFileMerge
{
    /// <summary>Fields an editor refines after an import: never overwritten, only filled when absent.</summary>
    public static readonly IReadOnlySet<string> Editorial = new HashSet<string>(
        [F.PresentationResume.Key, F.PresentationDetail.Key, F.Horaires.Key, F.HorairesTexte.Key, F.Latitude.Key, F.Longitude.Key],
        StringComparer.Ordinal);

    public static (string Text, IReadOnlyList<FieldEdit> Edits) Merge(string text, RawMap map, IReadOnlyList<YamlField> fields)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline).ToList();
        var endsWithNewline = lines.Count > 0 && lines[^1].Length == 0;
        if (endsWithNewline) lines.RemoveAt(lines.Count - 1);

        var entries = map.Entries.OrderBy(e => e.Key.Span.Line).ToList();
        var ranges = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal); // 0-based, end exclusive
        for (var i = 0; i < entries.Count; i++)
        {
            var start = entries[i].Key.Span.Line - 1;
            var end = i + 1 < entries.Count ? entries[i + 1].Key.Span.Line - 1 : lines.Count;
            // Comments and blank lines before the next key belong to the file, not to this value.
            while (end > start + 1 && (lines[end - 1].Trim().Length == 0 || lines[end - 1].StartsWith('#'))) end--;
            ranges.TryAdd(entries[i].Key.Value, (start, end));
        }
        var values = entries.GroupBy(e => e.Key.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

        var edits = new List<FieldEdit>();
        var changes = new List<(int Start, int End, int Order, IReadOnlyList<string> Lines)>();
        var hasOsmHours = values.ContainsKey(F.Horaires.Key);
        foreach (var field in fields)
        {
            if (field.Key == F.HorairesTexte.Key && hasOsmHours) continue; // the editor converted them
            if (values.TryGetValue(field.Key, out var existing))
            {
                if (field.SameAs(existing)) continue;
                var (start, end) = ranges[field.Key];
                var old = Display(existing);
                if (Editorial.Contains(field.Key))
                {
                    edits.Add(new FieldEdit(field.Key, FieldChange.Kept, old, field.Display()));
                    continue;
                }
                changes.Add((start, end, PlaceFromRow.Order(field.Key), field.Lines()));
                edits.Add(new FieldEdit(field.Key, FieldChange.Replaced, old, field.Display()));
                continue;
            }
            var at = InsertionPoint(field.Key, entries, ranges);
            changes.Add((at, at, PlaceFromRow.Order(field.Key), field.Lines()));
            edits.Add(new FieldEdit(field.Key, FieldChange.Added, null, field.Display()));
            if (field.Key == F.Horaires.Key && ranges.TryGetValue(F.HorairesTexte.Key, out var textHours))
            {
                changes.Add((textHours.Start, textHours.End, PlaceFromRow.Order(F.HorairesTexte.Key), []));
                edits.Add(new FieldEdit(F.HorairesTexte.Key, FieldChange.Removed, null, null));
            }
        }
        foreach (var (start, end, _, replacement) in changes.OrderByDescending(c => c.Start).ThenByDescending(c => c.Order))
        {
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, replacement);
        }
        return (string.Join(newline, lines) + (endsWithNewline ? newline : ""), edits);
    }

    private static string Display(RawNode node) => node switch
    {
        RawScalar s => s.Value.Trim().ReplaceLineEndings(" "),
        RawList l => string.Join(" | ", l.Items.OfType<RawScalar>().Select(i => i.Value.Trim())),
        _ => "…",
    };

    /// <summary>After the last field of the file that comes before <paramref name="key"/> in the field order, else before the first field.</summary>
    private static int InsertionPoint(string key, List<RawEntry> entries, Dictionary<string, (int Start, int End)> ranges)
    {
        var order = PlaceFromRow.Order(key);
        var before = entries.Where(e => PlaceFromRow.Order(e.Key.Value) < order).Select(e => ranges[e.Key.Value].End).DefaultIfEmpty(-1).Max();
        if (before >= 0) return before;
        return entries.Count > 0 ? entries[0].Key.Span.Line - 1 : 0;
    }
}
