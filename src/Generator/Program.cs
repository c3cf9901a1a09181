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
            return CommandLine.Run(args, Console.Out, Console.Error);
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
