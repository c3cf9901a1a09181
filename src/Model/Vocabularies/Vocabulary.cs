namespace Relais.Model.Vocabularies;

/// <summary>One allowed value: the exact label editors write (the national standard's where there is
/// one) and the plain words the public site shows instead.</summary>
public sealed record VocabularyEntry<T>(T Value, string Label, string Plain) where T : struct, Enum;

/// <summary>A closed list of values. Matching is exact: a near miss is an error with a suggestion.</summary>
public sealed class Vocabulary<T> where T : struct, Enum
{
    private readonly Dictionary<string, VocabularyEntry<T>> _byLabel;
    private readonly Dictionary<T, VocabularyEntry<T>> _byValue;

    public Vocabulary(params VocabularyEntry<T>[] entries)
    {
        Entries = entries;
        _byLabel = entries.ToDictionary(e => e.Label, StringComparer.Ordinal);
        _byValue = entries.ToDictionary(e => e.Value);
        var missing = Enum.GetValues<T>().Where(v => !_byValue.ContainsKey(v)).ToList();
        if (missing.Count > 0) throw new InvalidOperationException($"No label for {string.Join(", ", missing)}.");
    }

    public IReadOnlyList<VocabularyEntry<T>> Entries { get; }

    public IEnumerable<string> Labels => Entries.Select(e => e.Label);

    public bool TryParse(string label, out T value)
    {
        var found = _byLabel.TryGetValue(label.Trim(), out var entry);
        value = found ? entry!.Value : default;
        return found;
    }

    public string Label(T value) => _byValue[value].Label;

    public string Plain(T value) => _byValue[value].Plain;
}
