using System.CommandLine;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Plan;
using Relais.Model.French;

namespace Relais.Generator.Cli;

/// <summary>`build` (the default command): validate, then write the site to output/.</summary>
public static class BuildCommand
{
    public static Command Create(string name = "build")
    {
        var command = new Command(name, "Vérifie le contenu puis construit le site dans output/.");
        Configure(command);
        return command;
    }

    /// <summary>Adds the build's options and action to a command (also the root command: build is the default).</summary>
    public static void Configure(Command command)
    {
        var root = CommonOptions.Root();
        var output = new Option<string?>("--output") { Description = "Dossier où écrire le site (par défaut : output/ dans le dossier du site)", HelpName = "DOSSIER" };
        var today = CommonOptions.Today();
        var format = CommonOptions.Format();
        var pdf = new Option<bool>("--pdf") { Description = "Produit aussi les affiches et fiches en PDF, avec Chromium" };
        var all = CommonOptions.All();
        var summary = new Option<string?>("--resume")
        {
            Description = "Ajoute un résumé en Markdown (pages, erreurs, avertissements) à la fin de ce fichier, par exemple $GITHUB_STEP_SUMMARY sur GitHub",
            HelpName = "FICHIER",
        };
        command.Options.Add(root);
        command.Options.Add(output);
        command.Options.Add(today);
        command.Options.Add(format);
        command.Options.Add(pdf);
        command.Options.Add(all);
        command.Options.Add(summary);
        var stages = new Option<bool>("--durees") { Description = "Affiche la durée de chaque étape de la construction (lecture, vérification, pages, écriture…)" };
        command.Options.Add(stages);
        command.SetAction((parse, _) => RunAsync(parse.GetValue(root), parse.GetValue(output), parse.GetValue(today), parse.GetValue(format), new BuildOptions(parse.GetValue(pdf)), Console.Out, Console.Error, parse.GetValue(all), parse.GetValue(summary), parse.GetValue(stages)));
    }

    public static async Task<int> RunAsync(string? rootOption, string? outputOption, string? todayOption, OutputFormat format, BuildOptions options, TextWriter stdout, TextWriter stderr, bool all = false, string? summaryPath = null, bool stages = false)
    {
        var root = SiteFolder.Resolve(rootOption, stderr);
        if (root is null || !SiteFolder.TryParseToday(todayOption, out var today, stderr)) return ExitCodes.UsageError;
        var output = Path.GetFullPath(outputOption ?? Path.Combine(root, ContentLayout.Output));
        if (!IsSafeOutput(root, output, stderr)) return ExitCodes.UsageError;

        var diagnostics = new DiagnosticBag();
        var interactive = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error);
        var progress = interactive ? new Progress<(string Step, int Done, int Total)>(p => stderr.Write($"\r{p.Step} : {p.Done}/{p.Total}   ")) : null;
        var report = await SiteBuild.BuildAsync(root, output, today, diagnostics, options, stderr, progress);
        if (interactive) stderr.Write("\r                              \r");

        var sorted = diagnostics.Sorted();
        DiagnosticPrinter.Print(sorted, format, root, stdout, all);
        if (summaryPath is not null) BuildSummary.Append(summaryPath, report, sorted);
        if (report is null)
        {
            if (format == OutputFormat.Text)
            {
                stdout.WriteLine(DiagnosticPrinter.Summary(sorted));
                stdout.WriteLine($"Site non construit : corrigez les erreurs ci-dessus. Le dossier {Display(root, output)} n'a pas été modifié.");
            }
            else
            {
                stdout.WriteLine(DiagnosticPrinter.GithubSummary(sorted));
            }
            return ExitCodes.ContentErrors;
        }
        var pages = string.Join(", ", report.PagesByKind.Select(k => Fr.Counted(k.Value, k.Key.One, k.Key.Many)));
        var warnings = sorted.Count(d => !d.IsError);
        var pdfs = report.Pdfs > 0 ? $", {report.Pdfs} PDF" : "";
        if (report.Reused)
            stdout.WriteLine($"Rien n'a changé depuis la dernière construction (contenu, date, programme) : le site de {Display(root, output)} est à jour ({report.Elapsed.TotalSeconds.ToString("0.0", Fr.Culture)} s) : {pages}{pdfs}.");
        else
            stdout.WriteLine($"Site construit dans {Display(root, output)} en {report.Elapsed.TotalSeconds.ToString("0.0", Fr.Culture)} s : {pages}{pdfs}.");
        stdout.WriteLine($"{Fr.Counted(report.Files.Written, "fichier écrit", "fichiers écrits")}, {Fr.Counted(report.Files.Unchanged, "inchangé", "inchangés")}, "
            + $"{Fr.Counted(report.Files.Removed, "supprimé", "supprimés")} ; {Fr.Counted(warnings, "avertissement", "avertissements")}."
            + (report.PagesKept > 0 ? $" {Fr.Counted(report.PagesKept, "page reprise", "pages reprises")} telles quelles de la construction précédente, leur contenu n'ayant pas changé"
                + (report.PdfsKept > 0 ? $", ainsi que {Fr.Counted(report.PdfsKept, "PDF", "PDF")} (non réimprimés)" : "") + "." : ""));
        if (stages)
        {
            foreach (var (stage, time) in report.Stages)
                stdout.WriteLine($"  {StageNames.GetValueOrDefault(stage, stage),-36} {time.TotalSeconds.ToString("0.00", Fr.Culture),7} s");
        }
        return ExitCodes.Ok;
    }

    private static readonly Dictionary<string, string> StageNames = new(StringComparer.Ordinal)
    {
        ["fingerprint"] = "empreinte du contenu",
        ["cache"] = "comparaison avec la construction d'avant",
        ["load"] = "lecture du contenu",
        ["validate"] = "vérification",
        ["resolve"] = "distances et prochains passages",
        ["plan"] = "plan des pages",
        ["outputs"] = "calendriers, flux et données",
        ["render"] = "pages HTML",
        ["pdf"] = "PDF",
        ["write"] = "mise en place du site",
        ["record"] = "mémoire de cette construction",
    };

    private static string Display(string root, string output)
    {
        var relative = Path.GetRelativePath(root, output);
        return relative.StartsWith("..", StringComparison.Ordinal) ? output : relative + "/";
    }

    /// <summary>The output folder is replaced wholesale: it must not hold the content.</summary>
    private static bool IsSafeOutput(string root, string output, TextWriter stderr)
    {
        var normalizedRoot = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var normalizedOutput = output.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (normalizedRoot.StartsWith(normalizedOutput, StringComparison.Ordinal)
            || normalizedOutput == normalizedRoot + "content" + Path.DirectorySeparatorChar
            || normalizedOutput.StartsWith(normalizedRoot + "content" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || normalizedOutput.StartsWith(normalizedRoot + "input" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            stderr.WriteLine($"erreur : --output « {output} » contiendrait ou écraserait le contenu du site : choisissez un autre dossier.");
            return false;
        }
        return true;
    }
}
