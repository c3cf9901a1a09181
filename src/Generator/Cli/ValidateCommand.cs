using System.CommandLine;
using Relais.Generator.Diagnostics;

namespace Relais.Generator.Cli;

/// <summary>`validate`: check the content and print every problem, write nothing.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var today = CommonOptions.Today();
        var format = CommonOptions.Format();
        var all = CommonOptions.All();
        var command = new Command("validate", "Vérifie tout le contenu et affiche chaque problème (fichier:ligne:colonne), sans rien écrire.") { root, today, format, all };
        command.SetAction(parse => Run(parse.GetValue(root), parse.GetValue(today), parse.GetValue(format), Console.Out, Console.Error, parse.GetValue(all)));
        return command;
    }

    public static int Run(string? rootOption, string? todayOption, OutputFormat format, TextWriter output, TextWriter error, bool all = false)
    {
        var root = SiteFolder.Resolve(rootOption, error);
        if (root is null || !SiteFolder.TryParseToday(todayOption, out var today, error)) return ExitCodes.UsageError;
        var diagnostics = new DiagnosticBag();
        SiteBuild.ValidateOrReplay(root, today, diagnostics);
        return Report(diagnostics, format, root, output, all);
    }

    /// <summary>Prints the diagnostics and their count; the exit code says whether errors were found.</summary>
    public static int Report(DiagnosticBag diagnostics, OutputFormat format, string root, TextWriter output, bool all = false)
    {
        var sorted = diagnostics.Sorted();
        DiagnosticPrinter.Print(sorted, format, root, output, all);
        if (format == OutputFormat.Text) output.WriteLine(DiagnosticPrinter.Summary(sorted));
        else if (diagnostics.HasErrors) output.WriteLine(DiagnosticPrinter.GithubSummary(sorted));
        return diagnostics.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }
}
