using System.Collections.Concurrent;
using Relais.Model;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Import;

/// <summary>
/// Multi-valued cells (« | » as the standard says, or « ; » or « , » as spreadsheets write) read
/// against a closed vocabulary. A label is recognised whatever its case, accents or punctuation
/// (« aide aux demarches administratives »); the standard's exact label is written back. Unknown
/// values are left out, named in a note.
/// </summary>
public static class HubLists
{
    private static readonly ConcurrentDictionary<object, object> Lenient = new();

    public static IEnumerable<string> Split(string cell) =>
        cell.Split(['|', ';', ',', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static List<string> Labels<T>(string cell, Vocabulary<T> vocabulary, string column, List<string> notes) where T : struct, Enum
    {
        var byKey = (Dictionary<string, T>)Lenient.GetOrAdd(vocabulary, v => ((Vocabulary<T>)v).Entries
            .GroupBy(e => Key(e.Label), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal));
        var labels = new List<string>();
        var unknown = new List<string>();
        foreach (var item in Split(cell))
        {
            if (byKey.TryGetValue(Key(item), out var value))
            {
                var label = vocabulary.Label(value);
                if (!labels.Contains(label)) labels.Add(label);
            }
            else if (!HubContacts.IsPlaceholder(item)) unknown.Add(item);
        }
        if (unknown.Count > 0)
        {
            notes.Add($"{column} : {string.Join(", ", unknown.Select(u => $"« {u} »"))} hors de la liste du standard, non repris (valeurs possibles : voir README, « Valeurs autorisées »)");
        }
        return labels;
    }

    private static string Key(string label) => Slugs.From(label);
}
