using System.Globalization;
using System.Text;
using Relais.Generator.Interop;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Resolved;

namespace Relais.Generator.Outputs;

/// <summary>
/// The commune search index of the browser. Split so that a phone fetches only what a query needs
/// (the names starting with the typed letter, the postal codes starting with the typed digits): a
/// few kilobytes even for all of France.
/// </summary>
public static class SearchIndex
{
    public static void Write(OutputContext context, OutputSink sink)
    {
        foreach (var (route, text) in Pieces(context.Site.Communes)) sink.Text(route, text);
        foreach (var (route, text) in OutsidePieces(context.OutsideCommunes ?? [], context.Site.Settings.Departments)) sink.Text(route, text);
    }

    /// <summary>
    /// The names of the French communes outside the site, by first letter as the site's own
    /// (« hors-a.txt »…, every letter even when empty): « #the site's departments » first, for the
    /// script's « Albi n'est pas dans ce site, qui couvre l'Indre-et-Loire… », then « @81|Tarn » for each
    /// department present, then « name|department codes », homonyms on one line.
    /// </summary>
    public static IEnumerable<(string Route, string Text)> OutsidePieces(IReadOnlyList<OutsideCommune> outside, IReadOnlyList<string> siteDepartments)
    {
        var coverage = Fr.List(siteDepartments.Select(Departments.Get).Select(d => d.NameWithArticle));
        var byLetter = new SortedDictionary<string, SortedDictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        foreach (var key in LetterKeys) byLetter[key] = new(StringComparer.Ordinal);
        foreach (var commune in outside.Where(c => !siteDepartments.Contains(c.Department)))
        {
            foreach (var key in NameKeys(commune.Name))
            {
                var names = byLetter[key];
                if (!names.TryGetValue(commune.Name, out var departments)) names[commune.Name] = departments = new(StringComparer.Ordinal);
                departments.Add(commune.Department);
            }
        }
        foreach (var (key, names) in byLetter)
        {
            var text = new StringBuilder().Append('#').Append(coverage).Append('\n');
            foreach (var department in names.Values.SelectMany(d => d).Distinct().Order(StringComparer.Ordinal))
                text.Append('@').Append(department).Append('|').Append(Departments.Get(department).Name).Append('\n');
            foreach (var (name, departments) in names) text.Append(name).Append('|').Append(string.Join(' ', departments)).Append('\n');
            yield return ($"{Routes.SearchIndex}hors-{key}.txt", text.ToString());
        }
    }

    private static IEnumerable<string> LetterKeys => Enumerable.Range('a', 26).Select(c => ((char)c).ToString()).Append("autres");

    /// <summary>The index's pieces: route and text.</summary>
    public static IEnumerable<(string Route, string Text)> Pieces(IReadOnlyList<Commune> communes)
    {
        // Every letter has its piece, even empty, so that no query meets a missing file.
        var byLetter = new SortedDictionary<string, List<Commune>>(StringComparer.Ordinal);
        foreach (var key in LetterKeys) byLetter[key] = [];
        var byPostalPrefix = new SortedDictionary<string, List<Commune>>(StringComparer.Ordinal);
        var byPair = new SortedDictionary<string, List<Commune>>(StringComparer.Ordinal);
        foreach (var commune in communes)
        {
            foreach (var key in NameKeys(commune.Name)) Add(byLetter, key, commune);
            foreach (var pair in PairKeys(commune.Name)) Add(byPair, pair, commune);
            foreach (var prefix in commune.PostalCodes.Select(p => p.Value[..2]).Distinct()) Add(byPostalPrefix, prefix, commune);
        }
        foreach (var (key, list) in byLetter) yield return ($"{Routes.SearchIndex}noms-{key}.txt", CommuneLines(list));
        foreach (var (pair, list) in byPair) yield return ($"{Routes.SearchIndex}suite-{pair}.txt", CommuneLines(list));
        foreach (var (prefix, list) in byPostalPrefix) yield return ($"{Routes.SearchIndex}cp-{prefix}.txt", CommuneLines(list));
    }

    /// <summary>
    /// A name is found by its first letter once folded (« Évian » under e), and also after a leading
    /// article (« Le Grand-Pressigny » under g too), as the script normalises queries the same way.
    /// </summary>
    public static IEnumerable<string> NameKeys(string name)
    {
        var folded = Slugs.From(name).Replace('-', ' ');
        yield return Key(folded);
        var bare = WithoutArticle(folded);
        if (bare.Length > 0 && bare.Length < folded.Length && Key(bare) != Key(folded)) yield return Key(bare);
    }

    /// <summary>
    /// A name is also found by its second and third letters (« sorigny » under « or »), for a typo in
    /// the first letter: the script fetches « suite-or » for « dorigny » (first letter wrong) and
    /// « origny » (first letter missing). Letters as the script's search form (« saint » is « st »);
    /// only pairs of letters, so the pieces are many and small, and only those with a name are written.
    /// </summary>
    public static IEnumerable<string> PairKeys(string name)
    {
        var searchable = Searchable(name);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var form in new[] { searchable, WithoutArticle(searchable) })
        {
            if (form.Length >= 3 && form[1] is >= 'a' and <= 'z' && form[2] is >= 'a' and <= 'z') keys.Add(form[1..3]);
        }
        return keys;
    }

    /// <summary>The script's search form of a name: folded, words apart, « saint », « sainte », « ste » as « st ».</summary>
    private static string Searchable(string name) =>
        string.Join(' ', Slugs.From(name).Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => w is "saint" or "sainte" or "ste" ? "st" : w));

    /// <summary>A folded name without its leading article, as the script's withoutArticle.</summary>
    private static string WithoutArticle(string folded)
    {
        foreach (var article in new[] { "le ", "la ", "les ", "l " })
        {
            if (folded.StartsWith(article, StringComparison.Ordinal)) return folded[article.Length..];
        }
        return folded;
    }

    private static string Key(string folded) => folded.Length > 0 && folded[0] is >= 'a' and <= 'z' ? folded[..1] : "autres";

    /// <summary>« @37|Indre-et-Loire » for each department present, then « code|name|postal codes ».</summary>
    private static string CommuneLines(List<Commune> communes)
    {
        var text = new StringBuilder();
        foreach (var department in communes.Select(c => c.DepartmentCode).Distinct().Order(StringComparer.Ordinal))
            text.Append('@').Append(department).Append('|').Append(Departments.Get(department).Name).Append('\n');
        foreach (var c in communes.OrderBy(c => c.Code.Value, StringComparer.Ordinal))
            text.Append(c.Code.Value).Append('|').Append(c.Name).Append('|').Append(string.Join(' ', c.PostalCodes.Select(p => p.Value))).Append('\n');
        return text.ToString();
    }

    private static void Add(SortedDictionary<string, List<Commune>> index, string key, Commune commune)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        if (list.Count == 0 || !ReferenceEquals(list[^1], commune)) list.Add(commune);
    }
}
