using System.CommandLine;
using Relais.Generator.Interop;

namespace Relais.Generator.Cli;

/// <summary>`schemas`: rewrite schemas/*.schema.json after a change to the content model.</summary>
public static class SchemasCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var command = new Command("schemas", "Réécrit les schémas JSON de schemas/ (complétion dans VS Code) d'après le modèle de contenu.") { root };
        command.SetAction(parse =>
        {
            var folder = SiteFolder.Resolve(parse.GetValue(root), Console.Error);
            if (folder is null) return ExitCodes.UsageError;
            Directory.CreateDirectory(Path.Combine(folder, ContentSchemas.Folder));
            foreach (var (fileName, _, _) in ContentSchemas.Kinds)
            {
                File.WriteAllText(Path.Combine(folder, ContentSchemas.Folder, fileName), ContentSchemas.Generate(fileName));
                Console.WriteLine($"{ContentSchemas.Folder}/{fileName}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
