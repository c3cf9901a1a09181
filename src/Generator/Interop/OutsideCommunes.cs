using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Interop;

/// <summary>A French commune outside the site's departments: only what the search needs to say so.</summary>
public sealed record OutsideCommune(string Name, string Department);

/// <summary>
/// content/communes-hors-site.csv (« nom,dep_code »): the names of the French communes the site does not
/// cover, written by `communes --depuis` next to content/communes.csv and read by the build if present,
/// so that the search can answer « Albi n'est pas dans ce site » instead of « aucune commune ».
/// It is generated, not edited: a row without both cells is skipped, never an error.
/// </summary>
public static class OutsideCommunes
{
    public const string File = "content/communes-hors-site.csv";

    private static readonly string[] Columns = ["nom", "dep_code"];

    public static IReadOnlyList<OutsideCommune> Read(string root)
    {
        var path = Path.Combine(root, File);
        if (!System.IO.File.Exists(path)) return [];
        var table = CsvTableReader.Read(System.IO.File.ReadAllText(path), File, new DiagnosticBag());
        if (table is null) return [];
        var name = table.Header.ToList().FindIndex(h => h.Value.Trim() == Columns[0]);
        var department = table.Header.ToList().FindIndex(h => h.Value.Trim() == Columns[1]);
        if (name < 0 || department < 0) return [];
        return table.Rows
            .Where(r => r.Count > Math.Max(name, department) && r[name].Value.Trim().Length > 0 && r[department].Value.Trim().Length > 0)
            .Select(r => new OutsideCommune(r[name].Value.Trim(), r[department].Value.Trim()))
            .ToList();
    }

    /// <summary>The file's text: one row per commune, sorted by department then name, so that a new import diffs well.</summary>
    public static string ToCsv(IEnumerable<ImportedCommune> communes) =>
        CsvWriter.Write(Columns, communes
            .OrderBy(c => c.Department, StringComparer.Ordinal).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => (IReadOnlyList<string?>)[c.Name, c.Department])).Replace("\r\n", "\n", StringComparison.Ordinal);
}
