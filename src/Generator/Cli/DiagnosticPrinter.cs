using Relais.Generator.Diagnostics;
using Relais.Model.French;

namespace Relais.Generator.Cli;

public enum OutputFormat
{
    Text,
    Github,
}

/// <summary>
/// Prints diagnostics for a person (with the offending line) or for GitHub Actions annotations.
/// A warning that fires in many files (« plus d'un an » on every place of an old import) would bury
/// the rare ones: past <see cref="FoldAfter"/> of one code, the rest are counted on one line, unless
/// all are asked for (« --tous »). Errors are never folded. GitHub shows only a few annotations of
/// each kind per step, so warnings are folded there too, the count as a notice.
/// </summary>
public static class DiagnosticPrinter
{
    /// <summary>How many warnings of one code are printed before the others are only counted.</summary>
    public const int FoldAfter = 5;

    public static void Print(IReadOnlyList<Diagnostic> diagnostics, OutputFormat format, string root, TextWriter output, bool all = false)
    {
        var sources = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        var folded = all ? [] : Folded(diagnostics);
        var printed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var fold = folded.GetValueOrDefault(diagnostic.Code);
            if (fold > 0)
            {
                var rank = printed[diagnostic.Code] = printed.GetValueOrDefault(diagnostic.Code) + 1;
                if (rank > FoldAfter) continue;
                Print(diagnostic, format, root, output, sources);
                if (rank == FoldAfter) output.WriteLine(FoldLine(diagnostic.Descriptor, fold, format));
                continue;
            }
            Print(diagnostic, format, root, output, sources);
        }
    }

    private static void Print(Diagnostic diagnostic, OutputFormat format, string root, TextWriter output, Dictionary<string, string[]?> sources)
    {
        if (format == OutputFormat.Github)
        {
            output.WriteLine(Annotation(diagnostic));
            return;
        }
        output.WriteLine(OneLine(diagnostic.ToString()));
        if (SourceLine(diagnostic, root, sources) is { } line)
        {
            // The line as written and a caret under the column, like a compiler (Hugo's ErrorContext).
            var number = diagnostic.Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
            output.WriteLine($"  {number} | {line}");
            output.WriteLine($"  {new string(' ', number.Length)} | {new string(' ', Math.Max(0, Math.Min(diagnostic.Span.Column - 1, line.Length)))}^");
        }
    }

    /// <summary>The warning codes to fold, with how many of each are left out; only when that hides at least two (one would cost its own line).</summary>
    private static Dictionary<string, int> Folded(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Where(d => !d.IsError)
            .GroupBy(d => d.Code, StringComparer.Ordinal)
            .Select(g => (g.Key, Hidden: g.Count() - FoldAfter))
            .Where(g => g.Hidden >= 2)
            .ToDictionary(g => g.Key, g => g.Hidden, StringComparer.Ordinal);

    /// <summary>« … et 563 autres du même type (OFF0301 Données de plus d'un an) ; --tous pour tout voir. »</summary>
    public static string FoldLine(DiagnosticDescriptor descriptor, int hidden, OutputFormat format)
    {
        var text = $"… et {hidden} autres du même type ({descriptor.Code} {descriptor.Title}) ; --tous pour tout voir.";
        return format == OutputFormat.Github ? $"::notice title={Property($"{descriptor.Code} {descriptor.Title}")}::{Data(text)}" : text;
    }

    /// <summary>One diagnostic, one line: a line break inside a quoted value is shown as « ⏎ ».</summary>
    public static string OneLine(string text) =>
        text.ReplaceLineEndings("⏎");

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var files = diagnostics.Select(d => d.Span.File).Distinct().Count();
        if (diagnostics.Count == 0) return "Aucun problème trouvé.";
        return $"{Fr.Counted(errors, "erreur", "erreurs")}, {Fr.Counted(warnings, "avertissement", "avertissements")} dans {Fr.Counted(files, "fichier", "fichiers")}.";
    }

    /// <summary>
    /// The failing check's own message, after the annotations: « ::error title=Vérification du contenu::2 erreurs… ».
    /// GitHub lists it at the top of the check, above its English « Process completed with exit code 1 ».
    /// </summary>
    public static string GithubSummary(IReadOnlyList<Diagnostic> diagnostics) =>
        $"::error title={Property("Vérification du contenu")}::{Data(Summary(diagnostics) + " Chaque erreur est signalée sur sa ligne, dans l'onglet « Files changed » de la pull request : corrigez le fichier, puis enregistrez à nouveau.")}";

    /// <summary>« ::error file=…,line=…,col=…,title=…::message », escaped as the workflow-commands spec requires.</summary>
    public static string Annotation(Diagnostic diagnostic)
    {
        var kind = diagnostic.IsError ? "error" : "warning";
        var span = diagnostic.Span;
        var properties = $"file={Property(span.File)},line={span.Line},col={span.Column},endLine={span.EndLine},endColumn={span.EndColumn},title={Property($"{diagnostic.Code} {diagnostic.Descriptor.Title}")}";
        return $"::{kind} {properties}::{Data(diagnostic.FullMessage)}";
    }

    private static string Data(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string? SourceLine(Diagnostic diagnostic, string root, Dictionary<string, string[]?> sources)
    {
        if (!sources.TryGetValue(diagnostic.Span.File, out var lines))
        {
            var path = Path.Combine(root, diagnostic.Span.File);
            lines = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Split('\n') : null;
            sources[diagnostic.Span.File] = lines;
        }
        var index = diagnostic.Span.Line - 1;
        return lines is not null && index >= 0 && index < lines.Length && lines[index].Trim().Length > 0 ? lines[index].Replace('\t', ' ') : null;
    }
}
