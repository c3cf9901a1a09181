using System.CommandLine;

namespace Relais.Generator.Cli;

public static class CommandLine
{
    /// <summary>Parses and runs a command line; a usage error is said in French, exit code 2.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parse = Create().Parse(args);
        // « --aide » is answered even when the rest of the line is incomplete (« communes --aide » without --depuis).
        if (parse.Errors.Count > 0 && parse.Action is not FrenchCommandLine.FrenchHelpAction)
        {
            foreach (var message in FrenchCommandLine.Errors(parse)) error.WriteLine($"erreur : {message}");
            error.WriteLine("Voir --aide pour l'utilisation.");
            return ExitCodes.UsageError;
        }
        // Our handler in Program, not the library's: it would print a stack trace.
        return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error });
    }

    public static RootCommand Create()
    {
        var root = new RootCommand("Construit le site de l'annuaire de l'inclusion numérique à partir du dossier content/ (commande par défaut : build).");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(PreviewCommand.Create());
        root.Subcommands.Add(CommunesCommand.Create());
        root.Subcommands.Add(SchemasCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(AddressesCommand.Create());
        BuildCommand.Configure(root);
        FrenchCommandLine.Apply(root);
        return root;
    }
}
