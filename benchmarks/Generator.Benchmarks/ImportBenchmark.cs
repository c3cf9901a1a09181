using System.Diagnostics;
using System.Globalization;
using System.Text;
using Relais.Generator.Cli;
using Relais.Generator.Import;
using Relais.Generator.Interop;

namespace Relais.Benchmarks;

/// <summary>
/// `import` of a hub export the size of a national one: ROWS rows spread over every commune of the
/// reference file, written as hubs write them (Windows-1252, semicolons, names in capitals, a third
/// without code_insee, decimal commas, phones in every form, text hours, dates with a time), into
/// a site covering all of France; then the same file again (nothing may change).
/// </summary>
public static class ImportBenchmark
{
    public static int Run(string referenceCsv, int rows)
    {
        var root = Path.Combine(Path.GetTempPath(), "relais-bench-import");
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        Directory.CreateDirectory(Path.Combine(root, "content"));
        var communes = CommuneImport.Read(referenceCsv).Where(c => c.Latitude is not null && c.Longitude is not null).ToList();
        File.WriteAllText(Path.Combine(root, "content", "communes.csv"), CommuneImport.ToContentCsv(communes));
        var departments = communes.Select(c => c.Department).Distinct().Order(StringComparer.Ordinal).Select(d => $"\"{d}\"");
        File.WriteAllText(Path.Combine(root, "statiq.json"), $$"""
            { "titre": "Import (banc d'essai)", "description": "Banc d'essai de l'import.", "url_de_base": "https://banc.example.org/",
              "departements": [{{string.Join(", ", departments)}}], "rayon_proximite_km": 15, "langue": "fr-FR", "fuseau_horaire": "Europe/Paris" }
            """);
        var csv = Path.Combine(root, "hub.csv");
        File.WriteAllBytes(csv, HubText.Windows1252.GetBytes(Export(communes, rows)));
        Console.WriteLine($"Import: {rows:N0} rows over {communes.Count:N0} communes ({new FileInfo(csv).Length / 1024:N0} KiB, Windows-1252, « ; »); {Environment.ProcessorCount} cores.");

        for (var run = 1; run <= 2; run++)
        {
            var output = new StringWriter();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var exit = ImportCommand.Run(root, csv, null, Path.Combine(root, "rapport.csv"), "2026-11-24", output, Console.Error);
            watch.Stop();
            if (exit != 0) return exit;
            var summary = output.ToString().Split('\n')[0];
            process.Refresh();
            // Wall time depends on what else the machine runs; CPU time says what the import costs.
            Console.WriteLine($"Run {run}: {watch.Elapsed.TotalSeconds:0.00} s ({rows / watch.Elapsed.TotalSeconds:N0} rows/s), CPU {(process.TotalProcessorTime - cpu).TotalSeconds:0.0} s, peak working set {process.PeakWorkingSet64 / 1024 / 1024:N0} MiB");
            Console.WriteLine("  " + summary[(summary.IndexOf(':', StringComparison.Ordinal) + 2)..]);
        }
        return 0;
    }

    private static string Export(IReadOnlyList<ImportedCommune> communes, int rows)
    {
        var random = new Random(20261124);
        var csv = new StringBuilder();
        csv.Append(string.Join(';', StandardCsv.Columns)).Append("\r\n");
        string[] kinds = ["ESPACE PUBLIC NUMERIQUE", "Médiathèque", "MAIRIE", "France Services", "CCAS", "Centre social", "Association numérique", "PIJ"];
        string[] services = ["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien|Loisirs et créations numériques", "Accès internet et matériel informatique"];
        string[] hours = ["Mo-Fr 09:00-12:00,14:00-17:00", "\"Tu-Sa 10:00-12:00; PH off\"", "le mardi matin", "\"Lundi : 9h-12h\r\nJeudi : 14h-17h\""];
        for (var i = 0; i < rows; i++)
        {
            var c = communes[random.Next(communes.Count)];
            var name = $"{kinds[i % kinds.Length]} {(i % 3 == 0 ? c.Name.ToUpperInvariant() : c.Name)} {i}";
            var lat = (c.Latitude!.Value + (random.NextDouble() - 0.5) * 0.02).ToString("0.00000", CultureInfo.InvariantCulture);
            var lon = (c.Longitude!.Value + (random.NextDouble() - 0.5) * 0.02).ToString("0.00000", CultureInfo.InvariantCulture);
            var phone = (i % 4) switch
            {
                0 => $"0{1 + i % 5} {i % 100:00} {i / 100 % 100:00} {i / 10000 % 100:00} 01",
                1 => $"+33 {1 + i % 5} {i % 100:00} {i / 100 % 100:00} {i / 10000 % 100:00} 02",
                2 => $"0{1 + i % 5}.{i % 100:00}.{i / 100 % 100:00}.{i / 10000 % 100:00}.03",
                _ => "",
            };
            string?[] cells =
            [
                $"hub-{i}", "", name, i % 3 == 1 ? c.Name.ToUpperInvariant() : c.Name, c.PostalCodes.FirstOrDefault() ?? "", i % 3 == 1 ? "" : c.Code,
                $"{1 + i % 90} rue de la Mairie", "", i % 10 == 9 ? "" : lat.Replace('.', ','), i % 10 == 9 ? "" : lon.Replace('.', ','),
                "EPN", phone, $"contact{i}@example.org", i % 2 == 0 ? $"www.lieu{i}.example.org" : "", hours[i % hours.Length],
                "Accueil et aide au numérique.", "", "Hub (banc d'essai)", "", "", i % 5 == 0 ? "1970-01-01" : "2026/06/30 14:16:50",
                services[i % services.Length], "", "", "Gratuit", "", "", "", "Se présenter", "Accompagnement individuel", "", "",
            ];
            csv.Append(string.Join(';', cells)).Append("\r\n");
        }
        return csv.ToString();
    }
}
