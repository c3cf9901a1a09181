using System.CommandLine;

namespace Relais.Generator.Cli;

public static class CommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Génère le site de l'annuaire de l'inclusion numérique à partir du dossier content/.");
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(SchemasCommand.Create());
        // Until the site is rendered, the default command validates.
        var rootOption = CommonOptions.Root();
        var today = CommonOptions.Today();
        var format = CommonOptions.Format();
        root.Options.Add(rootOption);
        root.Options.Add(today);
        root.Options.Add(format);
        root.SetAction(parse => ValidateCommand.Run(parse.GetValue(rootOption), parse.GetValue(today), parse.GetValue(format), Console.Out, Console.Error));
        return root;
    }
}
