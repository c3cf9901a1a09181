using System.Text.RegularExpressions;

namespace Relais.Generator.Tests.Cli;

/// <summary>Every word the command line prints is French: its help, and its usage errors.</summary>
public sealed partial class FrenchCommandLineTests
{
    /// <summary>The library's English, and English words that would betray an untranslated string.</summary>
    private static readonly string[] English =
    [
        "help", "usage", "options", "option", "required", "default", "show", "information", "argument", "arguments",
        "command", "commands", "cannot", "parse", "expected", "unrecognized", "missing", "the", "for", "and",
        "or", "is", "of", "to", "did", "you", "mean", "value", "values", "version", "error",
    ];

    [GeneratedRegex(@"(?<![\w-])-{1,2}[\w-]+|\b(build|validate|preview|communes|schemas|import|relais|github|statiq\.json|geo\.api\.gouv\.fr|data\.gouv\.fr|localhost|http://\S+|json)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NamesAndOptions();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    public static TheoryData<string[]> Helps => new()
    {
        new[] { "--help" },
        new[] { "build", "--help" },
        new[] { "validate", "--help" },
        new[] { "preview", "--help" },
        new[] { "communes", "--help" },
        new[] { "schemas", "--help" },
        new[] { "import", "--aide" },
        new[] { "adresses", "--aide" },
    };

    private static void AssertFrench(string text)
    {
        // Option and command names are the documented spelling, not sentences.
        var words = Word().Matches(NamesAndOptions().Replace(text, " ")).Select(m => m.Value.ToLowerInvariant()).ToHashSet();
        var english = English.Where(words.Contains).ToList();
        Assert.True(english.Count == 0, $"English words {string.Join(", ", english)} in:\n{text}");
    }

    [Theory]
    [MemberData(nameof(Helps))]
    public async Task The_help_of_every_command_is_french(string[] arguments)
    {
        var result = await RelaisProcess.RunAsync(arguments);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Utilisation :", result.Output, StringComparison.Ordinal);
        Assert.Contains("Affiche cette aide", result.Output, StringComparison.Ordinal);
        AssertFrench(result.Output + result.Error);
    }

    [Fact]
    public async Task The_format_option_offers_its_values_in_lower_case()
    {
        var result = await RelaisProcess.RunAsync("validate", "--help");

        Assert.Contains(result.OutputLines, l => l.Contains("--format <texte|github>", StringComparison.Ordinal) && l.Contains("(par défaut : texte)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_required_option_is_said_obligatoire_in_the_help()
    {
        var result = await RelaisProcess.RunAsync("communes", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, l => l.Contains("--depuis <FICHIER>", StringComparison.Ordinal) && l.Contains("(obligatoire)", StringComparison.Ordinal));
    }

    public static TheoryData<string[], string[]> UsageErrors => new()
    {
        { new[] { "validate", "--format", "md" }, new[] { "--format « md » : valeur inconnue", "texte, github" } },
        { new[] { "build", "--format", "Markdown" }, new[] { "--format « Markdown »", "« --format github »" } },
        { new[] { "communes" }, new[] { "--depuis manque", "« communes --depuis" } },
        { new[] { "adresses" }, new[] { "--avant manque", "« adresses --avant ancien/adresses.json »" } },
        { new[] { "preview", "--port", "abc" }, new[] { "--port « abc »", "nombre entier" } },
        { new[] { "import" }, new[] { "import : indiquez FICHIER" } },
        { new[] { "validate", "--today" }, new[] { "--today : valeur manquante" } },
        { new[] { "valdate" }, new[] { "« valdate »", "« validate »" } },
        { new[] { "validate", "--racine", "." }, new[] { "paramètre « --racine » inconnu" } },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task A_bad_command_line_is_said_in_french_with_exit_code_2(string[] arguments, string[] words)
    {
        var result = await RelaisProcess.RunAsync(arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("erreur : ", result.Error, StringComparison.Ordinal);
        foreach (var word in words) Assert.Contains(word, result.Error, StringComparison.Ordinal);
        Assert.Contains("--aide", result.Error, StringComparison.Ordinal);
        AssertFrench(result.Output + result.Error);
    }

    [Fact]
    public async Task The_old_spelling_text_of_the_format_is_still_read()
    {
        using var site = TestSite.Create("");

        var result = await RelaisProcess.RunAsync("validate", "--root", site.Root, "--format", "text", "--today", "2026-11-24");

        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
