using System.Text;
using Relais.Generator.Diagnostics;
using Relais.Model.French;

namespace Relais.Generator.Cli;

/// <summary>
/// The build's summary in Markdown (« build --resume FICHIER »), for the job summary GitHub shows on a
/// pull request's check or a deployment: pages by kind, then every error and the first warnings, each
/// with its file and line, in French.
/// </summary>
public static class BuildSummary
{
    /// <summary>Warnings listed; the others are counted (the step's log has them all).</summary>
    public const int WarningsListed = 10;

    /// <param name="report">The build's report, or null when it stopped on errors.</param>
    public static string Markdown(BuildReport? report, IReadOnlyList<Diagnostic> diagnostics)
    {
        var lines = new List<string>();
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var warnings = diagnostics.Where(d => !d.IsError).ToList();
        if (report is null)
        {
            lines.AddRange(["### Site non construit", "",
                $"{DiagnosticPrinter.Summary(diagnostics)} Corrigez chaque erreur dans le fichier et à la ligne indiqués, puis enregistrez à nouveau : la vérification repart d'elle-même.", ""]);
            lines.AddRange(errors.Select(Item));
            if (errors.Count > 0) lines.Add("");
            if (warnings.Count > 0) lines.AddRange([$"{Fr.Counted(warnings.Count, "avertissement", "avertissements")} :", ""]);
        }
        else
        {
            lines.AddRange(["### Site construit", "", "| Pages | Nombre |", "| --- | ---: |"]);
            lines.AddRange(report.PagesByKind.Select(k => $"| {Escape(k.Value > 1 ? k.Key.Many : k.Key.One)} | {k.Value} |"));
            lines.AddRange([$"| **Total** | **{report.PagesByKind.Values.Sum()}** |", ""]);
            var pdfs = report.Pdfs > 0 ? $"{report.Pdfs} PDF, " : "";
            lines.AddRange([$"{pdfs}{Fr.Counted(report.Files.Written, "fichier écrit", "fichiers écrits")}, {Fr.Counted(report.Files.Unchanged, "inchangé", "inchangés")}, {Fr.Counted(report.Files.Removed, "supprimé", "supprimés")}.", ""]);
            lines.AddRange([warnings.Count == 0
                ? "Aucune erreur, aucun avertissement."
                : $"Aucune erreur. {Fr.Counted(warnings.Count, "avertissement", "avertissements")} (les avertissements n'empêchent pas la publication) :", ""]);
        }
        if (warnings.Count > 0)
        {
            lines.AddRange(warnings.Take(WarningsListed).Select(Item));
            if (warnings.Count > WarningsListed) lines.Add($"- … et {warnings.Count - WarningsListed} autres : voir le journal de l'étape.");
            lines.Add("");
        }
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Appends the summary to <paramref name="path"/> (GitHub's $GITHUB_STEP_SUMMARY is appended to, step by step).</summary>
    public static void Append(string path, BuildReport? report, IReadOnlyList<Diagnostic> diagnostics) =>
        File.AppendAllText(path, Markdown(report, diagnostics), new UTF8Encoding(false));

    /// <summary>« - erreur `content/lieux/x.yml`, ligne 9, colonne 13 : **OFF0114** champ … »</summary>
    private static string Item(Diagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var file = span.File.Replace('`', '\'');
        return $"- {(diagnostic.IsError ? "erreur" : "avertissement")} `{file}`, ligne {span.Line}, colonne {span.Column} : **{diagnostic.Code}** {Escape(DiagnosticPrinter.OneLine(diagnostic.FullMessage))}";
    }

    /// <summary>Editors' values are shown as written: Markdown's punctuation is escaped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
