using Relais.Generator.Import;

namespace Relais.Generator.Scaffold;

/// <summary>
/// The lines of a file `new` writes: each field with a short French comment aligned in a column,
/// optional fields as commented-out lines the editor can take up by removing the « # ».
/// Values are written as the import writes them (<see cref="YamlField"/>): quoted when YAML would misread them.
/// </summary>
public sealed class YamlLines
{
    /// <summary>Comments start here, or two spaces after a longer line.</summary>
    public const int CommentColumn = 48;

    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void Comment(string text) => _lines.Add($"# {text}");

    /// <summary>A field; its comment on its first line.</summary>
    public void Field(YamlField field, string? comment = null, int indent = 0)
    {
        var lines = field.Lines();
        var pad = new string(' ', indent);
        _lines.Add(WithComment(pad + lines[0], comment));
        _lines.AddRange(lines.Skip(1).Select(l => l.Length == 0 ? l : pad + l));
    }

    /// <summary>« key: » alone, a group whose fields follow, indented.</summary>
    public void Key(string key, string? comment = null, int indent = 0) => _lines.Add(WithComment($"{new string(' ', indent)}{key}:", comment));

    /// <summary>A field left to the editor: « # key: example ».</summary>
    public void Optional(string code, string? comment = null, int indent = 0) => _lines.Add(WithComment($"{new string(' ', indent)}# {code}", comment));

    public void Raw(string line) => _lines.Add(line);

    public static string WithComment(string code, string? comment) =>
        comment is null ? code : $"{(code.Length + 2 <= CommentColumn ? code.PadRight(CommentColumn) : code + "  ")}# {comment}";

    /// <summary>« text » plain when YAML reads it back as the same text, double-quoted otherwise; <paramref name="flow"/> inside « { } » or « [ ] ».</summary>
    public static string Scalar(string text, bool flow) => YamlField.IsPlainSafe(text, flow) ? text : YamlField.Quote(text);

    /// <summary>« { aupres_de: Mairie, telephone: "02 47 12 34 56" } »: values already written as YAML.</summary>
    public static string FlowMap(IEnumerable<(string Key, string Yaml)> entries) => $"{{ {string.Join(", ", entries.Select(e => $"{e.Key}: {e.Yaml}"))} }}";

    /// <summary>The file's text: lines joined by « \n », ending with one.</summary>
    public override string ToString() => string.Join('\n', _lines) + "\n";
}
