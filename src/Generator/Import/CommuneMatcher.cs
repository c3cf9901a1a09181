using System.Text;
using System.Text.RegularExpressions;
using F23.StringSimilarity;
using Relais.Model;
using Relais.Model.Values;

namespace Relais.Generator.Import;

/// <summary>The commune of a row, how it was found (a note for the report) or why it was not (an error).</summary>
public sealed record CommuneMatch(Commune? Commune, string? Note, string? Error, string Column);

/// <summary>
/// Finds a row's commune in content/communes.csv: by code_insee when it is there and known, else by
/// name and postal code, as hubs write them: in capitals, without accents, « ST » for « Saint »,
/// « RICHE (LA) », a CEDEX code (« 37042 TOURS CEDEX 1 »), or the name of a commune since merged
/// into another (then the postal code's only commune). Several candidates are an error naming them.
/// </summary>
public sealed partial class CommuneMatcher
{
    private static readonly Levenshtein Distance = new();

    private readonly Dictionary<string, Commune> _byCode;
    private readonly Dictionary<string, List<Commune>> _byPostalCode;
    private readonly Dictionary<string, List<Commune>> _byName;

    public CommuneMatcher(IReadOnlyList<Commune> communes)
    {
        _byCode = communes.GroupBy(c => c.Code.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _byPostalCode = communes.SelectMany(c => c.PostalCodes.Select(p => (p.Value, c)))
            .GroupBy(x => x.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(x => x.c).Distinct().ToList(), StringComparer.Ordinal);
        _byName = communes.GroupBy(c => NameKey(c.Name), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\b\d{5}\b")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"\bcedex\b(\s*\d+)?", RegexOptions.IgnoreCase)]
    private static partial Regex CedexPattern();

    [GeneratedRegex(@"^(.*?)\s*\((l'|la|le|les)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingArticle();

    public Commune? ByCode(string code) => _byCode.GetValueOrDefault(code);

    public bool IsKnownPostalCode(string postalCode) => _byPostalCode.ContainsKey(postalCode);

    /// <summary>The five digits of a postal code cell, or of a commune cell that holds one (« 37042 TOURS CEDEX 1 »).</summary>
    public static string? PostalCodeOf(string postalCell, string communeCell)
    {
        var compact = postalCell.Replace(" ", "", StringComparison.Ordinal);
        if (compact.Length == 4 && compact.All(char.IsAsciiDigit)) compact = "0" + compact; // a spreadsheet dropped the leading zero
        var match = PostalCodePattern().Match(compact);
        if (match.Success) return match.Value;
        match = PostalCodePattern().Match(communeCell);
        return match.Success ? match.Value : null;
    }

    public static bool IsCedex(string postalCell, string communeCell) =>
        CedexPattern().IsMatch(communeCell) || CedexPattern().IsMatch(postalCell);

    /// <summary>The departments a row may be in, from its code_insee, else its postal code; empty when neither says.</summary>
    public static IReadOnlyList<string> DepartmentsOf(string codeInseeCell, string? postalCode)
    {
        if (CodeInsee.TryParse(codeInseeCell, out var code, out _)) return [code.DepartmentCode];
        if (postalCode is null) return [];
        if (postalCode.StartsWith("20", StringComparison.Ordinal)) return ["2A", "2B"];
        return postalCode.StartsWith("97", StringComparison.Ordinal) ? [postalCode[..3]] : [postalCode[..2]];
    }

    /// <summary>
    /// « Saint-Pierre-des-Corps », « ST PIERRE DES CORPS », « 37700 St-Pierre-des-Corps Cedex » → « saint pierre des corps ».
    /// </summary>
    public static string NameKey(string name)
    {
        var text = CedexPattern().Replace(PostalCodePattern().Replace(name, " "), " ").Trim();
        if (TrailingArticle().Match(text) is { Success: true } article) text = article.Groups[2].Value + " " + article.Groups[1].Value;
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in Slugs.Fold(text) + " ")
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            if (word.Length == 0) continue;
            words.Add(word.ToString() switch
            {
                "st" => "saint",
                "ste" => "sainte",
                "sts" => "saints",
                "stes" => "saintes",
                var w => w,
            });
            word.Clear();
        }
        return string.Join(' ', words);
    }

    public CommuneMatch Find(string codeInseeCell, string communeCell, string? postalCode)
    {
        string? note = null;
        if (codeInseeCell.Length > 0)
        {
            if (CodeInsee.TryParse(codeInseeCell, out var code, out _) && ByCode(code.Value) is { } known)
                return new CommuneMatch(known, null, null, "code_insee");
            note = codeInseeCell == postalCode
                ? $"code_insee « {codeInseeCell} » : c'est le code postal, la commune est cherchée par son nom"
                : $"code_insee « {codeInseeCell} » inconnu de communes.csv : la commune est cherchée par son nom";
        }
        var key = NameKey(communeCell);
        var named = key.Length > 0 ? _byName.GetValueOrDefault(key) ?? [] : [];
        var ofPostalCode = postalCode is null ? [] : _byPostalCode.GetValueOrDefault(postalCode) ?? [];
        var departments = DepartmentsOf("", postalCode);

        // The name with its postal code; else the name in the postal code's department (a CEDEX code); else the name alone.
        var found = named.Where(c => ofPostalCode.Contains(c)).ToList();
        if (found.Count == 0 && postalCode is not null) found = named.Where(c => departments.Contains(c.DepartmentCode)).ToList();
        if (found.Count == 0 && postalCode is null) found = named;
        if (found.Count == 1)
        {
            var how = ofPostalCode.Contains(found[0]) || postalCode is null ? "par son nom" : $"par son nom (le code postal « {postalCode} » n'est pas le sien)";
            return new CommuneMatch(found[0], Join(note, $"commune « {communeCell} » trouvée {how} : {Describe(found[0])}"), null, "commune");
        }
        if (found.Count > 1) return Ambiguous(communeCell, postalCode, found, note);

        // A near spelling among the postal code's communes (« ST AVERTN »).
        var near = ofPostalCode.Where(c => key.Length > 3 && Distance.Distance(NameKey(c.Name), key) <= 2).ToList();
        if (near.Count == 1)
            return new CommuneMatch(near[0], Join(note, $"commune « {communeCell} » lue comme {Describe(near[0])} (orthographe proche, même code postal)"), null, "commune");

        // A commune merged into a new one keeps its postal code: the postal code's only commune.
        if (ofPostalCode.Count == 1)
        {
            var why = key.Length == 0
                ? "pas de nom de commune"
                : $"aucune commune « {communeCell} » dans communes.csv (ancienne commune fusionnée ?)";
            return new CommuneMatch(ofPostalCode[0], Join(note, $"{why} : rattaché à {Describe(ofPostalCode[0])}, seule commune du code postal {postalCode}"), null, "commune");
        }
        if (ofPostalCode.Count > 1) return Ambiguous(communeCell, postalCode, ofPostalCode, note);
        var what = key.Length == 0 && postalCode is null
            ? "ni code_insee, ni commune, ni code postal : impossible de savoir où est le lieu"
            : $"commune « {communeCell} »{(postalCode is null ? "" : $" (code postal {postalCode})")} introuvable dans communes.csv : indiquez son code_insee, ou ajoutez la commune à content/communes.csv";
        return new CommuneMatch(null, null, Join(note, what), codeInseeCell.Length > 0 ? "code_insee" : "commune");
    }

    private static CommuneMatch Ambiguous(string communeCell, string? postalCode, IEnumerable<Commune> candidates, string? note)
    {
        var named = string.Join(", ", candidates.OrderBy(c => c.Code.Value, StringComparer.Ordinal).Take(6).Select(Describe));
        var what = communeCell.Length == 0
            ? $"pas de commune, et le code postal {postalCode} est celui de plusieurs communes : {named}"
            : $"commune « {communeCell} »{(postalCode is null ? "" : $" (code postal {postalCode})")} ambiguë : {named}";
        return new CommuneMatch(null, null, Join(note, $"{what} ; indiquez le code_insee"), "commune");
    }

    private static string Describe(Commune c) => $"« {c.Code.Value} {c.Name} »";

    private static string Join(string? first, string second) => first is null ? second : $"{first} ; {second}";
}
