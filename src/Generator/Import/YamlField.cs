using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Relais.Generator.Load;
using Relais.Model.Values;

namespace Relais.Generator.Import;

/// <summary>How a value is written and compared.</summary>
public enum YamlKind
{
    /// <summary>Text, plain when YAML reads it back unchanged, double-quoted otherwise.</summary>
    Text,
    /// <summary>Always double-quoted: codes with leading zeros, phones, URLs.</summary>
    Quoted,
    Number,
    Date,
    Phone,
    /// <summary>Text of several lines: a literal block.</summary>
    Block,
}

/// <summary>One key of a place file as the import writes it: a scalar, or a list of items.</summary>
public sealed partial record YamlField(string Key, YamlKind Kind, string? Value, IReadOnlyList<string>? Items = null)
{
    /// <summary>Above this, a list is written one item per line.</summary>
    private const int FlowWidth = 100;

    [GeneratedRegex(@"^(?:[-+]?[0-9][0-9_.:eE+-]*|~|null|true|false|yes|no|on|off|y|n|\.inf|\.nan)$", RegexOptions.IgnoreCase)]
    private static partial Regex LooksTyped();

    public static YamlField Scalar(string key, YamlKind kind, string value) =>
        new(key, value.Contains('\n', StringComparison.Ordinal) && kind == YamlKind.Text ? YamlKind.Block : kind, value);

    public static YamlField List(string key, IReadOnlyList<string> items, YamlKind itemKind = YamlKind.Text) => new(key, itemKind, null, items);

    public static YamlField Number(string key, double value) => new(key, YamlKind.Number, value.ToString("0.######", CultureInfo.InvariantCulture));

    public bool IsList => Items is not null;

    /// <summary>The lines of this field in a file, without line ends.</summary>
    public IReadOnlyList<string> Lines()
    {
        if (Items is { } items)
        {
            var rendered = items.Select(i => Kind == YamlKind.Quoted ? Quote(i) : Render(i, flow: true)).ToList();
            var flow = $"{Key}: [{string.Join(", ", rendered)}]";
            if (flow.Length <= FlowWidth) return [flow];
            return [$"{Key}:", .. items.Select(i => "  - " + (Kind == YamlKind.Quoted ? Quote(i) : Render(i, flow: false)))];
        }
        var value = Value!;
        return Kind switch
        {
            YamlKind.Block => [$"{Key}: |", .. value.Split('\n').Select(l => l.Length == 0 ? "" : "  " + l)],
            YamlKind.Number or YamlKind.Date => [$"{Key}: {value}"],
            YamlKind.Quoted or YamlKind.Phone => [$"{Key}: {Quote(value)}"],
            _ => [$"{Key}: {Render(value, flow: false)}"],
        };
    }

    /// <summary>Whether the value a file holds already means this one (so nothing is rewritten).</summary>
    public bool SameAs(RawNode existing)
    {
        if (Items is { } items)
        {
            var current = existing switch
            {
                RawList list => list.Items.OfType<RawScalar>().Select(s => s.Value.Trim()).ToList(),
                RawScalar { IsNull: false } s => [s.Value.Trim()],
                _ => [],
            };
            return current.Count == items.Count && current.ToHashSet(StringComparer.Ordinal).SetEquals(items);
        }
        if (existing is not RawScalar scalar) return false;
        var text = scalar.Value.Trim();
        return Kind switch
        {
            YamlKind.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                && double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && Math.Abs(a - b) < 1e-7,
            YamlKind.Phone => PhoneNumber.TryParse(text, out var p, out _) && PhoneNumber.TryParse(Value!, out var q, out _) && p == q,
            _ => string.Equals(text.ReplaceLineEndings("\n"), Value!.Trim(), StringComparison.Ordinal),
        };
    }

    /// <summary>The value in one line, for the report.</summary>
    public string Display() => Items is { } items ? string.Join(" | ", items) : Value!.ReplaceLineEndings(" ");

    private static string Render(string text, bool flow) => IsPlainSafe(text, flow) ? text : Quote(text);

    /// <summary>Plain when YAML would read the same text back, as a string.</summary>
    public static bool IsPlainSafe(string text, bool flow)
    {
        if (text.Length == 0 || text != text.Trim() || LooksTyped().IsMatch(text)) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(text[0], StringComparison.Ordinal)) return false;
        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':')) return false;
        if (flow && text.AsSpan().IndexOfAny(",[]{}") >= 0) return false;
        return !text.Any(c => char.IsControl(c) || c == '\uFEFF');
    }

    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
