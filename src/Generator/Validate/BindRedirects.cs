using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Model;

namespace Relais.Generator.Validate;

/// <summary>
/// content/redirections.csv → <see cref="Redirect"/>s: each line well formed, no old address twice, no
/// line that leads back to itself through others. Whether an old address is still a page, and whether
/// each chain ends on one, is known once the pages are planned (<see cref="RedirectAddresses"/>).
/// </summary>
public static class BindRedirects
{
    public const string From = "ancienne_adresse";

    public const string To = "nouvelle_adresse";

    public static readonly string[] Columns = [From, To];

    /// <summary>The header an editor writes, with the separator of communes.csv's French spreadsheets.</summary>
    public static readonly string Header = string.Join(';', Columns);

    public static IReadOnlyList<Redirect> Run(RawCsv? table, DiagnosticBag diagnostics)
    {
        if (table is null) return [];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Header.Count; i++)
        {
            var name = table.Header[i].Value.Trim();
            if (Columns.Contains(name) && !index.ContainsKey(name)) index[name] = i;
            else
                diagnostics.Add(DiagnosticCatalog.UnknownField, table.Header[i].Span, name,
                    $"colonne inconnue.{Suggest.DidYouMean(name, Columns)} La première ligne doit être : {Header}");
        }
        var missing = Columns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(DiagnosticCatalog.MissingField, table.Header[0].Span, missing[0],
                $"colonne{(missing.Count > 1 ? "s" : "")} absente{(missing.Count > 1 ? "s" : "")} : {string.Join(", ", missing)}. La première ligne doit être : {Header}");
            return [];
        }

        var redirects = new List<Redirect>();
        var seen = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (row.Count != table.Header.Count)
            {
                diagnostics.Add(DiagnosticCatalog.CsvSyntax, row[0].Span, null,
                    $"{row.Count} colonne{(row.Count > 1 ? "s" : "")} au lieu de {table.Header.Count} : écrivez l'ancienne adresse, « ; », puis la nouvelle, par exemple « /lieux/ancien-nom/;/lieux/nouveau-nom/ ».");
                continue;
            }
            var fromCell = row[index[From]];
            var toCell = row[index[To]];
            var from = Address(fromCell, From, diagnostics);
            var to = Address(toCell, To, diagnostics);
            if (from is null || to is null) continue;
            if (seen.TryGetValue(from, out var first))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateRedirect, fromCell.Span, From,
                    $"« {from} » est déjà redirigée ligne {first.FromSource.Line} (vers « {first.To} ») : gardez une seule ligne pour cette adresse.");
                continue;
            }
            if (from == to)
            {
                diagnostics.Add(DiagnosticCatalog.RedirectLoop, toCell.Span, To,
                    $"« {to} » mène à elle-même : indiquez la page qui remplace l'ancienne adresse.");
                continue;
            }
            var redirect = new Redirect(from, to, fromCell.Span, toCell.Span);
            seen[from] = redirect;
            redirects.Add(redirect);
        }
        return WithoutLoops(redirects, diagnostics);
    }

    private static string? Address(RawScalar cell, string column, DiagnosticBag diagnostics)
    {
        var address = PageAddress.Read(cell.Value, out var error);
        if (address is null) diagnostics.Add(DiagnosticCatalog.InvalidAddress, cell.ContentStart, column, error!);
        return address;
    }

    /// <summary>The lines whose chain ends somewhere; each loop is reported once, on its first line, and its lines left out.</summary>
    private static IReadOnlyList<Redirect> WithoutLoops(List<Redirect> redirects, DiagnosticBag diagnostics)
    {
        var byFrom = redirects.ToDictionary(r => r.From, StringComparer.Ordinal);
        var inLoop = new HashSet<string>(StringComparer.Ordinal);
        var ends = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in redirects)
        {
            var path = new List<Redirect>();
            var onPath = new HashSet<string>(StringComparer.Ordinal);
            var current = start;
            while (current is not null && !ends.Contains(current.From) && !inLoop.Contains(current.From) && onPath.Add(current.From))
            {
                path.Add(current);
                current = byFrom.GetValueOrDefault(current.To);
            }
            if (current is not null && onPath.Contains(current.From))
            {
                var loop = path.SkipWhile(r => r.From != current.From).ToList();
                var firstLine = loop.MinBy(r => r.FromSource.Line)!;
                diagnostics.Add(DiagnosticCatalog.RedirectLoop, firstLine.ToSource, To,
                    $"ces redirections tournent en rond ({string.Join(" → ", Rotate(loop, firstLine).Select(r => $"« {r.From} »").Append($"« {firstLine.From} »"))}, "
                    + $"lignes {string.Join(", ", loop.Select(r => r.FromSource.Line).Order())}) : faites mener l'une d'elles à une page du site.");
                foreach (var r in loop) inLoop.Add(r.From);
                // The lines leading into the loop end nowhere either; their loop is reported.
                foreach (var r in path) inLoop.Add(r.From);
            }
            else if (current is not null && inLoop.Contains(current.From))
            {
                foreach (var r in path) inLoop.Add(r.From);
            }
            else
            {
                foreach (var r in path) ends.Add(r.From);
            }
        }
        return redirects.Where(r => !inLoop.Contains(r.From)).ToList();
    }

    /// <summary>The loop's lines starting from <paramref name="first"/>, in the order they lead.</summary>
    private static IEnumerable<Redirect> Rotate(List<Redirect> loop, Redirect first)
    {
        var at = loop.IndexOf(first);
        return loop.Skip(at).Concat(loop.Take(at));
    }
}
