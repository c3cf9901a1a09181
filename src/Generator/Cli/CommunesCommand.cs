using System.CommandLine;
using Relais.Generator.Diagnostics;
using Relais.Generator.Interop;
using Relais.Generator.Load;
using Relais.Generator.Validate;

namespace Relais.Generator.Cli;

/// <summary>`communes`: fill content/communes.csv from the official list, for the site's departments.</summary>
public static class CommunesCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var source = new Option<string>("--depuis")
        {
            Description = "Le fichier officiel : le CSV des communes de data.gouv.fr, ou les communes de geo.api.gouv.fr en JSON",
            HelpName = "FICHIER",
        };
        var command = new Command("communes", "Remplit content/communes.csv à partir de la liste officielle, pour les départements du site (statiq.json).") { root, source };
        FrenchCommandLine.Require(command, source, "communes-france.csv");
        command.SetAction(parse => Run(parse.GetValue(root), parse.GetValue(source)!, Console.Out, Console.Error));
        return command;
    }

    public static int Run(string? rootOption, string sourcePath, TextWriter output, TextWriter error)
    {
        var root = SiteFolder.Resolve(rootOption, error);
        if (root is null) return ExitCodes.UsageError;
        if (!File.Exists(sourcePath))
        {
            error.WriteLine($"erreur : --depuis « {sourcePath} » : fichier introuvable.");
            return ExitCodes.UsageError;
        }
        var diagnostics = new DiagnosticBag();
        var settings = BindSettings.Run(LoadContent.Settings(root, diagnostics), diagnostics);
        if (settings is null)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), OutputFormat.Text, root, output);
            error.WriteLine($"erreur : corrigez d'abord {ContentLayout.Settings} : la liste des départements du site en vient.");
            return ExitCodes.ContentErrors;
        }
        IReadOnlyList<ImportedCommune> communes;
        try
        {
            communes = CommuneImport.Read(sourcePath);
        }
        catch (Exception ex) when (ex is FormatException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            error.WriteLine($"erreur : « {sourcePath} » n'a pas pu être lu : {ex.Message}");
            return ExitCodes.UsageError;
        }
        var kept = communes.Where(c => settings.Departments.Contains(c.Department)).ToList();
        var target = Path.Combine(root, ContentLayout.Communes);
        var temporary = target + ".tmp";
        File.WriteAllText(temporary, CommuneImport.ToContentCsv(kept));
        File.Move(temporary, target, overwrite: true);
        // The other communes' names only, for the search to say they are outside the site.
        var outside = communes.Where(c => !settings.Departments.Contains(c.Department)).ToList();
        var outsideTarget = Path.Combine(root, OutsideCommunes.File);
        File.WriteAllText(outsideTarget + ".tmp", OutsideCommunes.ToCsv(outside));
        File.Move(outsideTarget + ".tmp", outsideTarget, overwrite: true);
        var withoutCentre = kept.Count(c => c.Latitude is null || c.Longitude is null);
        output.WriteLine($"{kept.Count - withoutCentre} communes écrites dans {ContentLayout.Communes} (départements {string.Join(", ", settings.Departments)})"
            + (withoutCentre > 0 ? $" ; {withoutCentre} sans coordonnées laissées de côté." : ".")
            + (outside.Count > 0 ? $"\n{outside.Count} noms d'autres communes écrits dans {OutsideCommunes.File}, pour que la recherche dise qu'elles sont hors du site." : ""));
        return ExitCodes.Ok;
    }
}
