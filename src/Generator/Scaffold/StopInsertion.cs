using Relais.Generator.Load;

namespace Relais.Generator.Scaffold;

/// <summary>
/// One key of a new stop: a value already written as YAML, or a group of such values (« inscription »,
/// « regulier ») laid out as the file's other stops lay out theirs; or a commented-out hint.
/// </summary>
public sealed record StopField(string Key, string? Value, IReadOnlyList<(string Key, string Value)>? Group = null, bool Commented = false);

/// <summary>Where a stop went, and the file's text with it.</summary>
public sealed record InsertedStop(string Text, int FirstLine, int LineCount, string Where);

/// <summary>
/// Adds a stop to a tour file as text: its lines go into the « arrets » list with the list's own
/// indentation and line ends, and every other line of the file stays as it was, comments included.
/// A dated stop goes before the first stop dated later (with the comment lines just above that
/// stop at its dash's level, which speak of it), so that a list kept in date order stays so; any other stop goes after
/// the last one (after its indented lines, commented ones included; comments at the dash's level or
/// less are left below it, as they may introduce what follows).
/// </summary>
public static class StopInsertion
{
    /// <summary>Columns a new list's « - » is indented by, when the file has no stop to copy.</summary>
    private const int DefaultIndent = 2;

    public static InsertedStop Insert(StopList list, IReadOnlyList<StopField> fields, DateOnly? date)
    {
        var newLine = list.NewLine;
        var text = list.Text;
        var count = 0;
        string Block(int dashIndent, int keyIndent)
        {
            var lines = Lines(list, fields, dashIndent, keyIndent).ToList();
            count = lines.Count;
            return string.Concat(lines.Select(l => l + newLine));
        }

        switch (list.Shape)
        {
            case StopListShape.Absent:
            {
                var end = text.Length > 0 && !text.EndsWith('\n') ? newLine : "";
                var block = Block(DefaultIndent, DefaultIndent + 2);
                return new InsertedStop(text + end + "arrets:" + newLine + block, list.LineCount + 2, count, "à la fin du fichier, sous une nouvelle ligne « arrets: »");
            }
            case StopListShape.EmptyFlow:
            {
                // « arrets: []  # … » loses its « [] », the only change to an existing line.
                var keyLine = list.Key!.Span.Line;
                var line = list.Line(keyLine);
                var open = line.IndexOf('[', list.Key.Span.Column);
                var close = line.IndexOf(']', open);
                var edited = (line[..open].TrimEnd() + (close + 1 < line.Length ? "  " + line[(close + 1)..].TrimStart() : "")).TrimEnd();
                var keyIndent = StopList.Indent(line);
                var start = list.OffsetOf(keyLine);
                var after = list.OffsetOf(keyLine + 1);
                var ending = after > start + line.Length ? text[(start + line.Length)..after] : newLine;
                var block = Block(keyIndent + DefaultIndent, keyIndent + DefaultIndent + 2);
                return new InsertedStop(text[..start] + edited + ending + block + text[after..], keyLine + 1, count, "sous « arrets: » (les crochets vides « [] » sont retirés)");
            }
            case StopListShape.Empty:
            {
                var keyLine = list.Key!.Span.Line;
                var keyIndent = StopList.Indent(list.Line(keyLine));
                var anchor = keyLine;
                for (var n = keyLine + 1; n <= list.LineCount; n++)
                {
                    var line = list.Line(n);
                    if (StopList.IsBlank(line)) continue;
                    if (!StopList.IsComment(line) || StopList.Indent(line) <= keyIndent) break;
                    anchor = n;
                }
                return At(list, anchor + 1, Block(keyIndent + DefaultIndent, keyIndent + DefaultIndent + 2), count, "sous « arrets: »");
            }
            default:
            {
                var later = date is { } day ? list.Items.FirstOrDefault(i => DateOf(i) is { } d && d > day) : null;
                if (later is not null)
                {
                    var start = later.DashLine;
                    // Comments just above it at its dash's level speak of it; deeper ones are the previous stop's commented keys.
                    while (start > 1 && StopList.IsComment(list.Line(start - 1)) && StopList.Indent(list.Line(start - 1)) <= later.DashIndent) start--;
                    return At(list, start, Block(later.DashIndent, later.KeyIndent), count,
                        $"avant le passage du {Relais.Model.Values.IsoDate.Format(DateOf(later)!.Value)}, pour garder l'ordre des dates");
                }
                var last = list.Items[^1];
                return At(list, EndOf(list, last) + 1, Block(last.DashIndent, last.KeyIndent), count, "après le dernier passage");
            }
        }
    }

    private static InsertedStop At(StopList list, int line, string block, int count, string where)
    {
        var text = list.Text;
        var offset = list.OffsetOf(line);
        var before = offset == text.Length && text.Length > 0 && !text.EndsWith('\n') ? list.NewLine : "";
        return new InsertedStop(text[..offset] + before + block + text[offset..], line, count, where);
    }

    /// <summary>The last line of a stop: its indented lines below the dash, up to the next line that is neither blank, nor a comment, nor indented.</summary>
    private static int EndOf(StopList list, StopItem item)
    {
        var end = item.DashLine;
        for (var n = item.DashLine + 1; n <= list.LineCount; n++)
        {
            var line = list.Line(n);
            if (StopList.IsBlank(line)) continue;
            if (StopList.Indent(line) > item.DashIndent)
            {
                end = n;
                continue;
            }
            if (!StopList.IsComment(line)) break;
        }
        return end;
    }

    private static DateOnly? DateOf(StopItem item) =>
        item.Scalar("date") is { } text && Relais.Model.Values.IsoDate.TryParse(text, out var date, out _) ? date : null;

    /// <summary>The stop's lines: the first key after the dash, the others under it, groups flow or block as the file's stops write them.</summary>
    private static IEnumerable<string> Lines(StopList list, IReadOnlyList<StopField> fields, int dashIndent, int keyIndent)
    {
        var keyPad = new string(' ', keyIndent);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var pad = i == 0 ? new string(' ', dashIndent) + "-" + new string(' ', Math.Max(1, keyIndent - dashIndent - 1)) : keyPad;
            var comment = field.Commented ? "# " : "";
            if (field.Group is not { } group)
            {
                yield return $"{pad}{comment}{field.Key}: {field.Value}";
                continue;
            }
            if (GroupIndent(list, field.Key) is not { } subIndent)
            {
                yield return $"{pad}{comment}{field.Key}: {YamlLines.FlowMap(group)}";
                continue;
            }
            yield return $"{pad}{comment}{field.Key}:";
            foreach (var (key, value) in group) yield return $"{keyPad}{new string(' ', subIndent)}{comment}{key}: {value}";
        }
    }

    /// <summary>
    /// How much deeper the file's stops indent the keys of this group when they write it as a block
    /// (« inscription: » then one key a line); null when they write it « { … } », or do not write it.
    /// </summary>
    private static int? GroupIndent(StopList list, string key)
    {
        foreach (var item in list.Items)
        {
            if (item.Value(key) is not RawMap group || group.Entries.Count == 0) continue;
            var line = list.Line(group.Span.Line);
            var flow = group.Span.Column - 1 < line.Length && line[group.Span.Column - 1] == '{';
            return flow ? null : Math.Max(1, group.Span.Column - 1 - item.KeyIndent);
        }
        return null;
    }
}
