using System.CommandLine;
using Relais.Generator.Diagnostics;
using Relais.Generator.Import;
using Relais.Generator.Load;
using Relais.Generator.Validate;

namespace Relais.Generator.Cli;

/// <summary>`import`: a hub's CSV in the national standard made into content/lieux/*.yml, with a report.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var today = CommonOptions.Today();
        var file = new Argument<string>("FICHIER") { Description = "Le CSV au standard national des lieux de médiation numérique (v1.0.2), tel qu'un hub ou la cartographie nationale le publie" };
        var departments = new Option<string?>("--departements")
        {
            Description = "Ne garder que les lieux de ces départements, séparés par des virgules, par exemple 37,41 (par défaut : les départements de statiq.json)",
            HelpName = "CODES",
        };
        var reportPath = new Option<string?>("--rapport") { Description = "Écrire aussi le rapport ligne par ligne dans ce fichier CSV", HelpName = "RAPPORT.csv" };
        var command = new Command("import", "Importe les lieux d'un CSV au standard national dans content/lieux/ (un fichier par lieu), prêts pour une pull request ; les fiches existantes sont mises à jour sur place.")
        {
            file, departments, reportPath, root, today,
        };
        command.SetAction(parse => Run(parse.GetValue(root), parse.GetValue(file)!, parse.GetValue(departments), parse.GetValue(reportPath), parse.GetValue(today), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string? rootOption, string csvPath, string? departmentsOption, string? reportPath, string? todayOption, TextWriter output, TextWriter error)
    {
        var root = SiteFolder.Resolve(rootOption, error);
        if (root is null || !SiteFolder.TryParseToday(todayOption, out var requestedToday, error)) return ExitCodes.UsageError;
        if (!File.Exists(csvPath))
        {
            error.WriteLine($"erreur : « {csvPath} » : fichier introuvable.");
            return ExitCodes.UsageError;
        }
        var diagnostics = new DiagnosticBag();
        var settings = BindSettings.Run(LoadContent.Settings(root, diagnostics), diagnostics);
        var communeRowsInError = new HashSet<string>(StringComparer.Ordinal);
        var communesText = SourceText.Read(Path.Combine(root, ContentLayout.Communes), out var communesError);
        if (communesText is null) diagnostics.Add(DiagnosticCatalog.UnreadableFile, Relais.Model.SourceSpan.StartOf(ContentLayout.Communes), null, communesError!);
        var communes = BindCommunes.Run(communesText is null ? null : CsvTableReader.Read(communesText, ContentLayout.Communes, diagnostics), diagnostics, communeRowsInError);
        if (settings is null || diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), OutputFormat.Text, root, output);
            error.WriteLine($"erreur : corrigez d'abord {ContentLayout.Settings} et {ContentLayout.Communes} : l'import y cherche les départements et les communes du site.");
            return ExitCodes.ContentErrors;
        }
        var departments = Departments(departmentsOption, settings.Departments, error);
        if (departments is null) return ExitCodes.UsageError;

        HubTable table;
        try
        {
            table = HubCsvReader.Read(File.ReadAllBytes(csvPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or ArgumentException)
        {
            error.WriteLine($"erreur : « {csvPath} » n'a pas pu être lu : {ex.Message}");
            return ExitCodes.UsageError;
        }
        if (!table.Columns.ContainsKey("nom"))
        {
            error.WriteLine($"erreur : « {csvPath} » n'a pas de colonne « nom » : ce n'est pas un CSV au standard des lieux de médiation numérique (première ligne lue : {string.Join(", ", table.Header.Take(8))}).");
            return ExitCodes.UsageError;
        }

        var today = requestedToday ?? SiteClock.Today(settings.TimeZone);
        var result = PlaceImport.Run(new ImportSite(root, communes, new CommuneIndex(communes, communeRowsInError), departments, today), table);
        AtomicFiles.Write(root, result.Files);
        if (reportPath is not null) AtomicFiles.Write(Directory.GetCurrentDirectory(), [new PlannedFile(Path.GetFullPath(reportPath), result.Report.ToCsv())]);
        Print(result.Report, table, csvPath, reportPath, today, output);
        return ExitCodes.Ok;
    }

    private static List<string>? Departments(string? option, IReadOnlyList<string> site, TextWriter error)
    {
        if (option is null) return site.ToList();
        var asked = option.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(d => d.ToUpperInvariant()).Distinct().ToList();
        var outside = asked.Where(d => !site.Contains(d)).ToList();
        if (asked.Count == 0 || outside.Count > 0)
        {
            error.WriteLine(asked.Count == 0
                ? "erreur : --departements : indiquez des codes de départements séparés par des virgules, par exemple 37,41."
                : $"erreur : --departements : {string.Join(", ", outside)} {(outside.Count > 1 ? "ne sont" : "n'est")} pas parmi les départements du site ({string.Join(", ", site)}) : ajoutez-{(outside.Count > 1 ? "les" : "le")} à « departements » dans {ContentLayout.Settings}, puis remplissez {ContentLayout.Communes} avec la commande communes.");
            return null;
        }
        return asked;
    }

    private static void Print(ImportReport report, HubTable table, string csvPath, string? reportPath, DateOnly today, TextWriter output)
    {
        var separator = table.Separator switch { ';' => "point-virgule", '\t' => "tabulation", _ => "virgule" };
        output.WriteLine($"Import de « {Path.GetFileName(csvPath)} » ({HubText.Name(table.Encoding)}, séparateur {separator}) : {report.Summary()}.");
        foreach (var (kind, title) in new[] { (ReportKind.Rejected, "Lignes rejetées"), (ReportKind.Duplicate, "Doublons (non repris)"), (ReportKind.Replaced, "Valeurs remplacées dans des fiches existantes"), (ReportKind.Kept, "Valeurs de rédacteurs conservées") })
        {
            var entries = report.Sorted().Where(e => e.Kind == kind).ToList();
            if (entries.Count == 0) continue;
            output.WriteLine($"{title} ({entries.Count}) :");
            foreach (var entry in entries) output.WriteLine(ImportReport.Format(entry));
        }
        var notes = report.Count(ReportKind.Note);
        var undated = report.Entries.Count(e => e.Kind == ReportKind.Note && e.Column == "date_maj" && e.Message.Contains("date de l'import", StringComparison.Ordinal));
        if (undated > 0) output.WriteLine($"{undated} lieu{(undated > 1 ? "x" : "")} sans date_maj utilisable : date de l'import ({Relais.Model.Values.IsoDate.Format(today)}) mise à la place.");
        if (notes > 0)
        {
            output.WriteLine(reportPath is null
                ? $"{notes} remarque{(notes > 1 ? "s" : "")} (valeurs corrigées, complétées ou laissées de côté) : relancez avec --rapport RAPPORT.csv pour les lire ligne par ligne."
                : $"{notes} remarque{(notes > 1 ? "s" : "")} (valeurs corrigées, complétées ou laissées de côté) : voir le rapport.");
        }
        if (reportPath is not null) output.WriteLine($"Rapport écrit dans « {reportPath} ».");
        output.WriteLine("Ensuite : lancez validate, relisez les fiches créées (git diff), puis proposez-les en pull request.");
    }
}
