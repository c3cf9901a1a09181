using System.Globalization;
using System.Text.Json;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Validate;
using Relais.Model.Values;

namespace Relais.Generator.Interop;

/// <summary>A commune as the official lists give it, before it becomes a line of content/communes.csv.</summary>
public sealed record ImportedCommune(string Code, string Name, IReadOnlyList<string> PostalCodes, double? Latitude, double? Longitude, int Population, string Department);

/// <summary>
/// Reads the official commune lists: the data.gouv.fr CSV (code_insee, nom, codes_postaux with « | »,
/// latitude, longitude, population, dep_code…) or geo.api.gouv.fr records (nom, code, codesPostaux,
/// centre as GeoJSON, population, codeDepartement), and writes content/communes.csv.
/// </summary>
public static class CommuneImport
{
    public static IReadOnlyList<ImportedCommune> Read(string path)
    {
        var text = File.ReadAllText(path);
        return text.TrimStart().StartsWith('[') ? FromGeoApi(text) : FromCsv(text, path);
    }

    public static string ToContentCsv(IEnumerable<ImportedCommune> communes) =>
        CsvWriter.Write(BindCommunes.Columns, communes
            .Where(c => c.Latitude is not null && c.Longitude is not null)
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => (IReadOnlyList<string?>)
            [
                c.Code, c.Name, string.Join('|', c.PostalCodes),
                c.Latitude!.Value.ToString("0.#####", CultureInfo.InvariantCulture), c.Longitude!.Value.ToString("0.#####", CultureInfo.InvariantCulture),
                c.Population.ToString(CultureInfo.InvariantCulture), c.Department,
            ])).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static List<ImportedCommune> FromCsv(string text, string path)
    {
        var table = CsvTableReader.Read(text, Path.GetFileName(path), new DiagnosticBag())
            ?? throw new FormatException("le fichier est vide ou n'est pas un CSV.");
        var column = table.Header.Select((h, i) => (h.Value.Trim(), i)).ToDictionary(x => x.Item1, x => x.i, StringComparer.Ordinal);
        foreach (var required in new[] { "code_insee", "nom", "codes_postaux", "latitude", "longitude" })
        {
            if (!column.ContainsKey(required)) throw new FormatException($"colonne « {required} » absente : il faut le fichier des communes de data.gouv.fr ou un tableau aux mêmes colonnes.");
        }
        string Cell(IReadOnlyList<RawScalar> row, string name) => column.TryGetValue(name, out var i) && i < row.Count ? row[i].Value.Trim() : "";
        return table.Rows.Select(row =>
        {
            var code = Cell(row, "code_insee");
            return new ImportedCommune(code, Cell(row, "nom"),
                Cell(row, "codes_postaux").Split(['|', ' '], StringSplitOptions.RemoveEmptyEntries),
                Number(Cell(row, "latitude")), Number(Cell(row, "longitude")),
                int.TryParse(Cell(row, "population"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0,
                Cell(row, "dep_code") is { Length: > 0 } dep ? dep : new CodeInsee(code).DepartmentCode);
        }).ToList();
    }

    private static List<ImportedCommune> FromGeoApi(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().Select(c =>
        {
            var code = c.GetProperty("code").GetString()!;
            double? lat = null, lon = null;
            if (c.TryGetProperty("centre", out var centre) && centre.TryGetProperty("coordinates", out var xy))
            {
                lon = xy[0].GetDouble(); // GeoJSON: longitude first
                lat = xy[1].GetDouble();
            }
            return new ImportedCommune(code, c.GetProperty("nom").GetString()!,
                c.TryGetProperty("codesPostaux", out var postal) ? postal.EnumerateArray().Select(p => p.GetString()!).ToList() : [],
                lat, lon,
                c.TryGetProperty("population", out var population) && population.ValueKind == JsonValueKind.Number ? population.GetInt32() : 0,
                c.TryGetProperty("codeDepartement", out var dep) ? dep.GetString()! : new CodeInsee(code).DepartmentCode);
        }).ToList();
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
