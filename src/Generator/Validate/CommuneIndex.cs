using F23.StringSimilarity;
using Relais.Generator.Diagnostics;
using Relais.Model;
using Relais.Model.Values;

namespace Relais.Generator.Validate;

/// <summary>The communes of content/communes.csv by code, for reference checks and suggestions.</summary>
public sealed class CommuneIndex
{
    private static readonly Levenshtein CodeDistance = new();

    private readonly Dictionary<string, Commune> _byCode;
    private readonly IReadOnlyCollection<string> _rowsInError;

    /// <param name="rowsInError">Codes whose row of communes.csv was reported: not reported again where used.</param>
    public CommuneIndex(IReadOnlyList<Commune> communes, IReadOnlyCollection<string> rowsInError)
    {
        _byCode = communes.GroupBy(c => c.Code.Value).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _rowsInError = rowsInError;
    }

    /// <summary>False when communes.csv itself failed: references then go unchecked rather than all reported.</summary>
    public bool IsUsable => _byCode.Count > 0;

    public Commune? Find(CodeInsee code) => _byCode.GetValueOrDefault(code.Value);

    /// <summary>
    /// Checks a commune reference; an unknown code is reported with the likeliest communes: those of
    /// the record's postal code first, then codes one typo away.
    /// </summary>
    public Commune? Resolve(RecordReader reader, FieldSpec spec, CodeInsee? code, CodePostal? postalCode = null)
    {
        if (code is not { } value) return null;
        if (Find(value) is { } commune) return commune;
        if (!IsUsable || _rowsInError.Contains(value.Value))
        {
            // The mistake is in communes.csv, reported there: the record is left out without an error of its own.
            reader.MarkDependsOnRecordInError();
            return null;
        }
        // A postal code written where the INSEE code goes (« 37190 » for Azay-le-Rideau, 37014): the commercial
        // mix-up editors make most; the communes of that postal code are the answer, not codes one typo away.
        var byPostalCode = _byCode.Values.Where(c => c.PostalCodes.Any(p => p.Value == value.Value)).OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToList();
        if (byPostalCode.Count > 0)
        {
            var communes = string.Join(" ou ", byPostalCode.Select(c => $"« {c.Code.Value} » ({c.Name})"));
            reader.Report(DiagnosticCatalog.UnknownCommune, spec,
                $"« {value.Value} » est un code postal, pas un code INSEE : le code INSEE de {(byPostalCode.Count > 1 ? "ces communes" : "cette commune")} est {communes}. "
                + $"Écrivez-le dans code_insee{(spec.Key == "code_insee" ? "" : $" ({spec.Key})")} ; le code postal va dans code_postal quand le champ existe.");
            return null;
        }
        var candidates = _byCode.Values
            .Where(c => postalCode is { } pc && c.PostalCodes.Contains(pc))
            .Concat(_byCode.Values
                .Where(c => CodeDistance.Distance(c.Code.Value, value.Value) == 1)
                .OrderBy(c => c.DepartmentCode == value.DepartmentCode ? 0 : 1)
                .ThenBy(c => c.Code.Value, StringComparer.Ordinal))
            .Distinct()
            .Take(3)
            .Select(c => $"« {c.Code.Value} {c.Name} »")
            .ToList();
        var suggestion = candidates.Count > 0 ? $" Vouliez-vous dire {string.Join(" ou ", candidates)} ?" : "";
        reader.Report(DiagnosticCatalog.UnknownCommune, spec,
            $"code_insee « {value.Value} » inconnu : cette commune n'est pas dans {Load.ContentLayout.Communes}.{suggestion} "
            + "Pour trouver le code INSEE d'une commune (5 caractères, différent du code postal), ouvrez dans un navigateur "
            + "https://geo.api.gouv.fr/communes?nom=NOM (par exemple ?nom=Sorigny, ou ?codePostal=37250) : c'est la valeur « code ». "
            + $"Si la commune manque à {Load.ContentLayout.Communes}, ajoutez-y sa ligne, ou remplissez le fichier depuis la liste officielle avec la commande « communes --depuis FICHIER ».");
        return null;
    }
}
