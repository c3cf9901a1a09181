using System.CommandLine;
using Relais.Generator.Addresses;
using Relais.Generator.Interop;
using Relais.Generator.Load;
using Relais.Generator.Plan;
using Relais.Generator.Validate;
using Relais.Model;

namespace Relais.Generator.Cli;

/// <summary>
/// `adresses --avant`: the addresses an earlier build published (its adresses.json) that the new build in
/// output/ lost, each with the page it should lead to, as the lines to add to content/redirections.csv;
/// exit 1 when there are some (a pull request's check), 0 when none. `--corriger` adds the lines itself.
/// </summary>
public static class AddressesCommand
{
    public static Command Create()
    {
        var before = new Option<string>("--avant")
        {
            Description = "Le fichier adresses.json d'une construction précédente (par exemple celui du site publié)",
            HelpName = "FICHIER",
        };
        var output = new Option<string?>("--output") { Description = "Dossier du site construit à comparer (par défaut : output/ dans le dossier du site)", HelpName = "DOSSIER" };
        var root = CommonOptions.Root();
        var fix = new Option<bool>("--corriger") { Description = $"Ajoute à {ContentLayout.Redirects} une redirection pour chaque adresse disparue (à reconstruire ensuite)" };
        var command = new Command("adresses",
            "Vérifie qu'aucune adresse publiée n'a disparu depuis une construction précédente : chaque adresse perdue est nommée, avec la page vers laquelle la rediriger.")
        {
            before, output, root, fix,
        };
        FrenchCommandLine.Require(command, before, "ancien/adresses.json");
        command.SetAction(parse => Run(parse.GetValue(root), parse.GetValue(before)!, parse.GetValue(output), parse.GetValue(fix), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string? rootOption, string beforePath, string? outputOption, bool fix, TextWriter output, TextWriter error)
    {
        var root = SiteFolder.Resolve(rootOption, error);
        if (root is null) return ExitCodes.UsageError;
        var built = Path.GetFullPath(outputOption ?? Path.Combine(root, ContentLayout.Output));
        var afterPath = Path.Combine(built, Routes.OutputPath(Routes.AddressManifest));
        if (!File.Exists(beforePath))
        {
            error.WriteLine($"erreur : --avant « {beforePath} » : fichier introuvable.");
            return ExitCodes.UsageError;
        }
        if (!File.Exists(afterPath))
        {
            error.WriteLine($"erreur : « {afterPath} » introuvable : construisez d'abord le site (relais build{(outputOption is null ? "" : $" --output {outputOption}")}), puis relancez cette commande.");
            return ExitCodes.UsageError;
        }
        if (Read(beforePath, "--avant", error) is not { } old || Read(afterPath, "le site construit", error) is not { } now) return ExitCodes.UsageError;

        var vanished = VanishedAddresses.Find(old, now);
        if (vanished.Count == 0)
        {
            output.WriteLine($"Aucune adresse disparue : les {old.Count} adresses de {beforePath} mènent toutes à une page ou à une redirection du site construit.");
            return ExitCodes.Ok;
        }
        foreach (var v in vanished)
            output.WriteLine($"adresse disparue : {v.Old.Address} ({KindName(v.Old.Kind)}) → {v.Suggested}, {v.Why}");
        // A one-off visit moved to another day: the redirect keeps its page, « date_initiale » keeps its event in the calendars that imported it.
        var moved = vanished
            .Select(v => (v.Old, New: now.FirstOrDefault(e => e.Address == v.Suggested)))
            .Where(m => m.Old.Kind == "visit" && m.New is { Kind: "visit" } && m.Old.Date is not null && m.New.Date is not null && m.Old.Date != m.New.Date)
            .DistinctBy(m => m.Old.Address, StringComparer.Ordinal)
            .ToList();
        foreach (var (was, to) in moved)
            output.WriteLine($"passage déplacé du {Model.Values.IsoDate.Format(was.Date!.Value)} au {Model.Values.IsoDate.Format(to!.Date!.Value)} : s'il n'a pas déjà une « date_initiale », ajoutez « date_initiale: {Model.Values.IsoDate.Format(was.Date.Value)} » "
                + "à ce passage, pour que les agendas qui l'ont importé le déplacent au lieu de garder l'ancienne date (voir CONTRIBUTING.md).");
        var lines = vanished.Select(v => (v.Old.Address, v.Suggested)).ToList();
        var file = Path.Combine(root, ContentLayout.Redirects);
        var count = vanished.Count == 1 ? "1 adresse publiée a disparu" : $"{vanished.Count} adresses publiées ont disparu";
        if (!fix)
        {
            output.WriteLine($"{count} : une affiche, un favori ou un lien qui y mène tomberait sur « page introuvable ».");
            output.WriteLine(File.Exists(file)
                ? $"Ajoutez ces lignes à la fin de {ContentLayout.Redirects} (ou relancez avec --corriger), puis reconstruisez le site :"
                : $"Créez {ContentLayout.Redirects} avec ces lignes (ou relancez avec --corriger), puis reconstruisez le site :");
            if (!File.Exists(file)) output.WriteLine(BindRedirects.Header);
            foreach (var (from, to) in lines) output.WriteLine($"{from};{to}");
            return ExitCodes.ContentErrors;
        }
        var already = RedirectionsFile.Append(root, lines);
        var added = lines.Count - already.Count;
        if (added > 0)
            output.WriteLine($"{count} : {(added == 1 ? "1 ligne ajoutée" : $"{added} lignes ajoutées")} à {ContentLayout.Redirects}. Reconstruisez le site pour que ces adresses mènent à leur nouvelle page.");
        foreach (var from in already)
            output.WriteLine($"{from} est déjà redirigée dans {ContentLayout.Redirects} : reconstruisez le site pour que la redirection soit publiée.");
        return ExitCodes.Ok;
    }

    private static IReadOnlyList<ManifestEntry>? Read(string path, string what, TextWriter error)
    {
        try
        {
            return AddressManifestJson.Read(File.ReadAllText(path));
        }
        catch (FormatException ex)
        {
            error.WriteLine($"erreur : {what} « {path} » : {ex.Message}");
            return null;
        }
        catch (IOException ex)
        {
            error.WriteLine($"erreur : {what} « {path} » : lecture impossible ({ex.Message}).");
            return null;
        }
    }

    /// <summary>« lieu », « passage du bus »: the build summary's name of the kind, or the manifest's word for a kind this version does not have.</summary>
    private static string KindName(string kind) => PageKinds.All.FirstOrDefault(k => k.Name == kind)?.One ?? kind;
}
