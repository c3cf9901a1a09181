using System.Text.RegularExpressions;

namespace Relais.Generator.Diagnostics;

/// <summary>
/// How a field path reads to an editor: « arrets[8].date » (indices from 0, as in YAML and JSON paths)
/// is « 9e passage (arrets[8]), champ « date » », the human ordinal first, the path in brackets.
/// </summary>
public static partial class FieldLabel
{
    [GeneratedRegex(@"^(?<key>[^.\[\]]+)\[(?<index>\d+)\]$")]
    private static partial Regex ListItem();

    /// <summary>What one item of a list of records is called, and whether the noun is feminine (« 1re séance »).</summary>
    private static readonly Dictionary<string, (string Noun, bool Feminine)> Items = new(StringComparer.Ordinal)
    {
        ["arrets"] = ("passage", false),
        ["dates"] = ("séance", true),
        ["seances"] = ("séance", true),
        ["sauf"] = ("date", true),
    };

    /// <summary>« 1er », « 1re », « 2e »… for the item at this index (from 0).</summary>
    public static string Ordinal(int index, bool feminine) => index == 0 ? (feminine ? "1re" : "1er") : $"{index + 1}e";

    /// <summary>The list item part of a path (« 9e passage (arrets[8]) »), or the path itself when it has none.</summary>
    public static string Item(string path)
    {
        var match = ListItem().Match(path);
        if (!match.Success) return path;
        var key = match.Groups["key"].Value;
        var (noun, feminine) = Items.GetValueOrDefault(key, ("élément", false));
        return $"{Ordinal(int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture), feminine)} {noun} ({path})";
    }

    /// <summary>« champ « nom » », « 9e passage (arrets[8]), champ « date » », « 9e passage (arrets[8]) ».</summary>
    public static string Describe(string field)
    {
        var segments = field.Split('.');
        var items = new List<string>();
        var i = 0;
        for (; i < segments.Length && ListItem().IsMatch(segments[i]); i++)
            items.Add(Item(string.Join('.', segments[..(i + 1)])));
        if (items.Count == 0) return $"champ « {field} »";
        // Nested lists name only their own segment after the first: « 3e passage (arrets[2]), 2e date (arrets[2].sauf[1]) ».
        var rest = string.Join('.', segments[i..]);
        return string.Join(", ", items) + (rest.Length == 0 ? "" : $", champ « {rest} »");
    }
}
