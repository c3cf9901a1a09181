using System.Globalization;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Model;
using Relais.Model.Values;

namespace Relais.Generator.Validate;

/// <summary>content/communes.csv → <see cref="Commune"/>s.</summary>
public static class BindCommunes
{
    public static readonly string[] Columns = ["code_insee", "nom", "codes_postaux", "latitude", "longitude", "population", "dep_code"];

    /// <summary>Optional: the inhabitants aged 60 or more (INSEE), which rank the bus's next stops when every commune has it.</summary>
    public const string Over60Column = "population_60_ans_et_plus";

    private static readonly string[] Known = [.. Columns, Over60Column];

    /// <param name="rowsInError">Collects the codes of rows reported and left out, so that references
    /// to those communes are not reported again as unknown.</param>
    public static IReadOnlyList<Commune> Run(RawCsv? table, DiagnosticBag diagnostics, ISet<string> rowsInError)
    {
        if (table is null) return [];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Header.Count; i++)
        {
            var name = table.Header[i].Value.Trim();
            if (Known.Contains(name)) index[name] = i;
            else
                diagnostics.Add(DiagnosticCatalog.UnknownField, table.Header[i].Span, name,
                    $"colonne inconnue.{Suggest.DidYouMean(name, Known)} Colonnes attendues : {string.Join(",", Columns)}, et si vous le souhaitez {Over60Column}.");
        }
        var missing = Columns.Where(c => !index.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Add(DiagnosticCatalog.MissingField, table.Header[0].Span, missing[0],
                $"colonne{(missing.Count > 1 ? "s" : "")} absente{(missing.Count > 1 ? "s" : "")} : {string.Join(", ", missing)}. La première ligne doit être : {string.Join(",", Columns)}");
            return [];
        }

        if (table.Rows.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.EmptyField, table.Header[0].Span, null,
                "aucune commune : ajoutez sous la ligne d'en-tête une ligne par commune couverte par le site, par exemple « 37132,Loches,37600,47.129,0.996,6300,37 ».");
            return [];
        }

        var communes = new List<Commune>();
        var seen = new Dictionary<string, RawScalar>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var since = diagnostics.Items.Count;
            if (Row(table, row, index, seen, diagnostics, rowsInError) is { } commune) communes.Add(commune);
            else if (!diagnostics.Items.Skip(since).Any(d => d.IsError))
            {
                // The promise of a passing validation: a row left out always says why (see LeftOut).
                diagnostics.Add(DiagnosticCatalog.RecordLeftOut, row[0].Span, null,
                    "cette ligne n'est pas prise en compte (la commune n'aura pas de page), sans qu'une erreur plus précise ait été trouvée : "
                    + $"vérifiez chacune de ses colonnes ({string.Join(",", Columns)}). {LeftOut.Advice}");
            }
        }
        return communes;
    }

    private static Commune? Row(RawCsv table, IReadOnlyList<RawScalar> row, Dictionary<string, int> index, Dictionary<string, RawScalar> seen, DiagnosticBag diagnostics, ISet<string> rowsInError)
    {
        if (row.Count != table.Header.Count)
        {
            diagnostics.Add(DiagnosticCatalog.CsvSyntax, row[0].Span, null,
                $"{row.Count} colonnes au lieu de {table.Header.Count} : vérifiez les virgules (mettez entre guillemets un nom qui en contient).");
            if (index["code_insee"] < row.Count && CodeInsee.TryParse(row[index["code_insee"]].Value, out var rowCode, out _)) rowsInError.Add(rowCode.Value);
            return null;
        }
        RawScalar Cell(string column) => row[index[column]];

        var codeCell = Cell("code_insee");
        CodeInsee? code = CodeInsee.TryParse(codeCell.Value, out var c, out var codeError) ? c : null;
        if (code is null) diagnostics.Add(DiagnosticCatalog.InvalidCodeInsee, codeCell.Span, "code_insee", codeError);
        else if (seen.TryGetValue(code.Value.Value, out var first))
        {
            diagnostics.Add(DiagnosticCatalog.DuplicateCommune, codeCell.Span, "code_insee", $"la commune {code.Value.Value} est déjà ligne {first.Span.Line} : gardez une seule ligne.");
            code = null;
        }
        else seen[code.Value.Value] = codeCell;

        var name = Cell("nom").Value.Trim();
        if (name.Length == 0) diagnostics.Add(DiagnosticCatalog.MissingField, Cell("nom").Span, "nom", "nom de commune vide.");

        var postalCodes = new List<CodePostal>();
        var postalCodeReported = false;
        foreach (var part in Cell("codes_postaux").Value.Split(['|', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (CodePostal.TryParse(part, out var pc, out var pcError)) postalCodes.Add(pc);
            else
            {
                diagnostics.Add(DiagnosticCatalog.InvalidPostalCode, Cell("codes_postaux").Span, "codes_postaux", pcError + " Séparez plusieurs codes par « | ».");
                postalCodeReported = true;
            }
        }
        // Separators alone (« | ») are no code either.
        if (postalCodes.Count == 0 && !postalCodeReported)
            diagnostics.Add(DiagnosticCatalog.MissingField, Cell("codes_postaux").Span, "codes_postaux", "code postal absent : écrivez le code postal de la commune, plusieurs séparés par « | ».");

        var location = Location(Cell("latitude"), Cell("longitude"), diagnostics);
        var population = 0;
        var populationText = Cell("population").Value.Trim();
        var populationRead = populationText.Length > 0 && int.TryParse(populationText, NumberStyles.None, CultureInfo.InvariantCulture, out population);
        if (populationText.Length > 0 && !populationRead)
            diagnostics.Add(DiagnosticCatalog.InvalidNumber, Cell("population").Span, "population", $"« {populationText} » n'est pas un nombre d'habitants (chiffres seuls).");

        var over60 = index.ContainsKey(Over60Column) ? Over60(Cell(Over60Column), populationRead ? population : null, diagnostics) : null;

        var department = Cell("dep_code").Value.Trim().ToUpperInvariant();
        if (code is { } k && department != k.DepartmentCode)
        {
            diagnostics.Add(DiagnosticCatalog.DepartmentMismatch, Cell("dep_code").Span, "dep_code",
                $"« {department} » : la commune {k.Value} est dans le département {k.DepartmentCode} (le début de son code INSEE).");
            rowsInError.Add(k.Value);
            return null;
        }
        if (code is null || name.Length == 0 || postalCodes.Count == 0 || location is null)
        {
            if (code is { } reported) rowsInError.Add(reported.Value);
            return null;
        }
        return new Commune(code.Value, name, postalCodes, location.Value, population, department, codeCell.Span, over60);
    }

    /// <summary>
    /// Once the column is there, every commune needs its figure: the ranking counts people over 60 only
    /// when all have one, and a silent mix would rank the site on the other count without saying why.
    /// </summary>
    private static int? Over60(RawScalar cell, int? population, DiagnosticBag diagnostics)
    {
        var text = cell.Value.Trim();
        if (text.Length == 0)
        {
            diagnostics.Add(DiagnosticCatalog.EmptyField, cell.Span, Over60Column,
                "nombre d'habitants de 60 ans ou plus absent : la colonne est remplie pour les autres communes, indiquez-le pour celle-ci aussi "
                + "(INSEE, « population de 60 ans ou plus »), ou retirez la colonne du fichier.");
            return null;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var over60))
        {
            diagnostics.Add(DiagnosticCatalog.InvalidNumber, cell.Span, Over60Column, $"« {text} » n'est pas un nombre d'habitants (chiffres seuls).");
            return null;
        }
        if (population is { } all && over60 > all)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidNumber, cell.Span, Over60Column,
                $"{over60} habitants de 60 ans ou plus, mais {all} habitants en tout (colonne population) : l'un des deux nombres est faux.");
            return null;
        }
        return over60;
    }

    private static GeoPoint? Location(RawScalar latitudeCell, RawScalar longitudeCell, DiagnosticBag diagnostics)
    {
        double? Read(RawScalar cell, string column)
        {
            if (double.TryParse(cell.Value.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
            diagnostics.Add(DiagnosticCatalog.InvalidNumber, cell.Span, column,
                $"« {cell.Value} » n'est pas une coordonnée en degrés décimaux{(cell.Value.Contains(',', StringComparison.Ordinal) ? " : utilisez un point décimal" : "")}.");
            return null;
        }
        var lat = Read(latitudeCell, "latitude");
        var lon = Read(longitudeCell, "longitude");
        if (lat is null || lon is null) return null;
        var point = new GeoPoint(lat.Value, lon.Value);
        if (FranceBounds.Contains(point)) return point;
        if (FranceBounds.Contains(new GeoPoint(lon.Value, lat.Value)))
            diagnostics.Add(DiagnosticCatalog.CoordinatesSwapped, latitudeCell.Span, "latitude", $"latitude {CommonReads.F(lat.Value)} et longitude {CommonReads.F(lon.Value)} semblent inversées : échangez les deux colonnes.");
        else
            diagnostics.Add(DiagnosticCatalog.CoordinatesOutsideFrance, latitudeCell.Span, "latitude", $"le point ({CommonReads.F(lat.Value)}, {CommonReads.F(lon.Value)}) n'est pas en France.");
        return null;
    }
}
