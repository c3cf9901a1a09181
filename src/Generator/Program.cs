using System.CommandLine;
using System.Globalization;
using System.Text;
using Relais.Generator.Cli;

namespace Relais.Generator;

public static class Program
{
    public static int Main(string[] args)
    {
        // Editors read the command line's help and messages in French.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");
        Console.OutputEncoding = Encoding.UTF8;
        try
        {
            var root = CommandLine.Create();
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors) Console.Error.WriteLine($"erreur : {error.Message}");
                Console.Error.WriteLine("Voir --help pour l'usage.");
                return ExitCodes.UsageError;
            }
            // Our handler below, not the library's: it would print a stack trace.
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            // Never a stack trace for the user: a bug is reported plainly, with what to send us.
            Console.Error.WriteLine($"erreur interne : {ex.GetType().Name}: {ex.Message}");
            Console.Error.WriteLine("Ce n'est pas une erreur de contenu. Signalez-la avec la commande lancée ; définissez RELAIS_DEBUG=1 pour le détail.");
            if (Environment.GetEnvironmentVariable("RELAIS_DEBUG") == "1") Console.Error.WriteLine(ex);
            return ExitCodes.InternalError;
        }
    }
}
