using F23.StringSimilarity;
using Relais.Generator.Import;
using Relais.Generator.Load;
using Relais.Model;
using Relais.Model.Values;

namespace Relais.Generator.Scaffold;

/// <summary>
/// A commune of content/communes.csv from what an editor types: its INSEE code, its name (any case,
/// with or without accents, « St » for « Saint »), or its postal code when only one commune has it.
/// Not found or ambiguous, the French reason names the likeliest communes.
/// </summary>
public sealed class CommuneLookup
{
    private const int MaxSuggestions = 5;

    private static readonly OptimalStringAlignment Distance = new();

    private readonly IReadOnlyList<Commune> _communes;
    private readonly Dictionary<string, Commune> _byCode;
    private readonly List<(string Key, Commune Commune)> _byName;

    public CommuneLookup(IReadOnlyList<Commune> communes)
    {
        _communes = communes;
        _byCode = communes.GroupBy(c => c.Code.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _byName = communes.Select(c => (CommuneMatcher.NameKey(c.Name), c)).ToList();
    }

    /// <summary>« Ligueil (37130) », or with its department when the name alone could mislead.</summary>
    public static string Describe(Commune commune) => $"« {commune.Name} » ({commune.Code.Value})";

    /// <summary><see cref="Find"/>, as an interview reads answers.</summary>
    public AnswerReader<Commune> Reader => Find;

    public Commune? ByCode(string code) => _byCode.GetValueOrDefault(code.Trim().ToUpperInvariant());

    public bool Find(string text, out Commune commune, out string error)
    {
        commune = null!;
        error = "";
        var typed = text.Trim();
        if (ByCode(typed) is { } byCode)
        {
            commune = byCode;
            return true;
        }
        if (CodeInsee.TryParse(typed, out _, out _) || (typed.Length == 5 && typed.All(char.IsAsciiDigit)))
        {
            var ofPostalCode = _communes.Where(c => c.PostalCodes.Any(p => p.Value == typed)).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            if (ofPostalCode.Count == 1)
            {
                commune = ofPostalCode[0];
                return true;
            }
            error = ofPostalCode.Count > 1
                ? $"« {typed} » est le code postal de plusieurs communes : {string.Join(", ", ofPostalCode.Select(Describe))}. Écrivez le nom de la commune ou son code INSEE."
                : $"aucune commune de code INSEE ou de code postal « {typed} » dans {ContentLayout.Communes}. {HowToAdd}";
            return false;
        }
        var key = CommuneMatcher.NameKey(typed);
        var named = _byName.Where(n => n.Key == key).Select(n => n.Commune).ToList();
        if (named.Count == 1)
        {
            commune = named[0];
            return true;
        }
        if (named.Count > 1)
        {
            error = $"plusieurs communes s'appellent « {typed} » : {string.Join(", ", named.OrderBy(c => c.Code.Value, StringComparer.Ordinal).Select(c => $"{Describe(c)} dans {Departments.Get(c.DepartmentCode).Label}"))}. Écrivez le code INSEE de la bonne.";
            return false;
        }
        var near = Near(key);
        error = near.Count > 0
            ? $"commune « {typed} » introuvable dans {ContentLayout.Communes}. Vouliez-vous dire {string.Join(" ou ", near.Select(Describe))} ? Écrivez le nom exact ou le code INSEE."
            : $"commune « {typed} » introuvable dans {ContentLayout.Communes}. {HowToAdd}";
        return false;
    }

    private const string HowToAdd =
        "Vérifiez l'orthographe ; si la commune manque au site, ajoutez sa ligne à content/communes.csv (ou remplissez-le avec la commande « communes --depuis FICHIER »).";

    /// <summary>Names that start with what was typed, then names a few typos away, the nearest first.</summary>
    private List<Commune> Near(string key)
    {
        if (key.Length == 0) return [];
        var allowed = Math.Clamp(key.Length / 3, 1, 4);
        return _byName
            .Select(n => (n.Commune, Rank: key.Length >= 3 && n.Key.StartsWith(key, StringComparison.Ordinal) ? 0 : Distance.Distance(key, n.Key)))
            .Where(x => x.Rank <= allowed)
            .OrderBy(x => x.Rank).ThenBy(x => x.Commune.Name, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(x => x.Commune)
            .ToList();
    }
}
