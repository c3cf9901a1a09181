using System.Text.RegularExpressions;
using Relais.Generator.Interop;
using Relais.Generator.Validate;

namespace Relais.Generator.Tests.Model.Vocabularies;

/// <summary>
/// The README's « Valeurs autorisées » is the editors' list of allowed values: each field with a
/// closed vocabulary has a line there listing exactly its labels.
/// </summary>
public sealed partial class ReadmeAllowedValuesTests
{
    [GeneratedRegex(@"^- (?<keys>`[a-z_]+`(?:, `[a-z_]+`)*)(?: \([^)]*\))? : (?<values>.+)\.$")]
    private static partial Regex Bullet();

    /// <summary>Field key → the values the README lists for it.</summary>
    private static readonly Dictionary<string, List<string>> Listed = ReadListed();

    /// <summary>Every key with a closed vocabulary, in every content kind, with its labels.</summary>
    public static TheoryData<string, string[]> ChoiceFields
    {
        get
        {
            var data = new TheoryData<string, string[]>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var spec in ContentSchemas.Kinds.SelectMany(k => Flatten(k.Fields)))
            {
                var choices = spec.Type == FieldType.Choice ? spec.Choices : spec.Items?.Type == FieldType.Choice ? spec.Items.Choices : [];
                // The same key in two kinds is tested once per vocabulary.
                if (choices.Count > 0 && seen.Add(spec.Key + "=" + string.Join(" ; ", choices))) data.Add(spec.Key, [.. choices]);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ChoiceFields))]
    public void The_readme_lists_exactly_the_allowed_values(string key, string[] labels)
    {
        Assert.True(Listed.TryGetValue(key, out var values), $"README.md « Valeurs autorisées » has no line for `{key}`.");

        // A listed value may carry an explanation in brackets: « BIB (bibliothèque, médiathèque) ».
        foreach (var label in labels)
            Assert.True(values.Any(v => v == label || v.StartsWith(label + " (", StringComparison.Ordinal)), $"README.md does not list « {label} » for `{key}`.");
        Assert.True(values.Count == labels.Length, $"README.md lists {values.Count} values for `{key}`, the model has {labels.Length}:\n{string.Join(" ; ", values)}");
    }

    private static IEnumerable<FieldSpec> Flatten(IEnumerable<FieldSpec> fields) =>
        fields.SelectMany(f => new[] { f }.Concat(Flatten(f.Fields)).Concat(f.Items is null ? [] : Flatten(f.Items.Fields)));

    private static Dictionary<string, List<string>> ReadListed()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("### Valeurs autorisées", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no « ### Valeurs autorisées » section.");
        var section = readme[start..];
        var next = section.IndexOf("\n#", 1, StringComparison.Ordinal);
        if (next > 0) section = section[..next];

        // One bullet per field, continued on indented lines.
        var bullets = new List<string>();
        foreach (var line in section.Split('\n').Skip(1))
        {
            if (line.StartsWith("- ", StringComparison.Ordinal)) bullets.Add(line.Trim());
            else if (line.StartsWith("  ", StringComparison.Ordinal) && bullets.Count > 0) bullets[^1] += " " + line.Trim();
        }
        var listed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var bullet in bullets)
        {
            var match = Bullet().Match(bullet);
            Assert.True(match.Success, $"README.md: unexpected line in « Valeurs autorisées »: {bullet}");
            var values = match.Groups["values"].Value.Split(" ; ").Select(v => v.Trim()).ToList();
            foreach (var key in match.Groups["keys"].Value.Split(", ")) listed[key.Trim('`')] = values;
        }
        return listed;
    }
}
