using Relais.Generator.Diagnostics;

namespace Relais.Generator.Cli;

public enum OutputFormat
{
    Text,
    Github,
}

/// <summary>Prints diagnostics for a person (with the offending line) or for GitHub Actions annotations.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, OutputFormat format, string root, TextWriter output)
    {
        var sources = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            if (format == OutputFormat.Github)
            {
                output.WriteLine(Annotation(diagnostic));
                continue;
            }
            output.WriteLine(diagnostic.ToString());
            if (SourceLine(diagnostic, root, sources) is { } line)
            {
                // The line as written and a caret under the column, like a compiler (Hugo's ErrorContext).
                var number = diagnostic.Span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                output.WriteLine($"  {number} | {line}");
                output.WriteLine($"  {new string(' ', number.Length)} | {new string(' ', Math.Max(0, Math.Min(diagnostic.Span.Column - 1, line.Length)))}^");
            }
        }
    }

    public static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.IsError);
        var warnings = diagnostics.Count - errors;
        var files = diagnostics.Select(d => d.Span.File).Distinct().Count();
        if (diagnostics.Count == 0) return "Aucun problème trouvé.";
        return $"{errors} erreur{(errors > 1 ? "s" : "")}, {warnings} avertissement{(warnings > 1 ? "s" : "")} dans {files} fichier{(files > 1 ? "s" : "")}.";
    }

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
