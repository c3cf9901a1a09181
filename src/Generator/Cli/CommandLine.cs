using System.CommandLine;

namespace Relais.Generator.Cli;

public static class CommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Construit le site de l'annuaire de l'inclusion numérique à partir du dossier content/ (commande par défaut : build).");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(PreviewCommand.Create());
        root.Subcommands.Add(CommunesCommand.Create());
        root.Subcommands.Add(SchemasCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        BuildCommand.Configure(root);
        return root;
    }
}
