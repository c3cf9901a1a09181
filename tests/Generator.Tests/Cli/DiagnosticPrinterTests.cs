using Relais.Generator.Cli;
using Relais.Generator.Diagnostics;
using Relais.Model;

namespace Relais.Generator.Tests.Cli;

public sealed class DiagnosticPrinterTests
{
    private static Diagnostic Error(string file, string message, string? field = null) =>
        new(DiagnosticCatalog.InvalidPhone, new SourceSpan(file, 9, 13, 9, 21), field, message);

    [Fact]
    public void An_annotation_escapes_its_properties_and_its_message_as_github_requires()
    {
        var diagnostic = Error("content/lieux/a:b,c.yml", "100 % faux\r\nà corriger", "telephone");

        var annotation = DiagnosticPrinter.Annotation(diagnostic);

        Assert.Equal(
            "::error file=content/lieux/a%3Ab%2Cc.yml,line=9,col=13,endLine=9,endColumn=21,title=OFF0114 Téléphone hors du format français::champ « telephone » : 100 %25 faux%0D%0Aà corriger",
            annotation);
    }

    [Fact]
    public void A_warning_is_annotated_as_a_warning()
    {
        var diagnostic = new Diagnostic(DiagnosticCatalog.StaleData, new SourceSpan("content/lieux/x.yml", 7, 11, 7, 21), "date_maj", "vieux");

        Assert.StartsWith("::warning file=content/lieux/x.yml,line=7,col=11,", DiagnosticPrinter.Annotation(diagnostic), StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_errors_warnings_and_files_in_french()
    {
        var stale = new Diagnostic(DiagnosticCatalog.StaleData, SourceSpan.StartOf("content/lieux/b.yml"), null, "vieux");

        Assert.Equal("Aucun problème trouvé.", DiagnosticPrinter.Summary([]));
        Assert.Equal("1 erreur, 0 avertissement dans 1 fichier.", DiagnosticPrinter.Summary([Error("content/lieux/a.yml", "x")]));
        Assert.Equal("2 erreurs, 1 avertissement dans 2 fichiers.", DiagnosticPrinter.Summary([Error("content/lieux/a.yml", "x"), Error("content/lieux/a.yml", "y"), stale]));
    }

    [Fact]
    public void The_text_format_shows_the_source_line_and_a_caret()
    {
        using var site = TestSite.Create("-- content/lieux/x.yml --\n\tnom: x\n");
        var diagnostic = new Diagnostic(DiagnosticCatalog.YamlSyntax, new SourceSpan("content/lieux/x.yml", 1, 3, 1, 4), null, "tabulation");
        var output = new StringWriter();

        DiagnosticPrinter.Print([diagnostic], OutputFormat.Text, site.Root, output);

        // The tab is shown as a space so that the caret stays under its column.
        Assert.Equal("content/lieux/x.yml:1:3: erreur OFF0001: tabulation\n  1 |  nom: x\n    |   ^\n", output.ToString().ReplaceLineEndings("\n"));
    }
}

/// <summary>A warning that fires everywhere is folded after a few, so that rare ones are seen; errors never are.</summary>
public sealed class DiagnosticFoldingTests
{
    private static Diagnostic Stale(int i) =>
        new(DiagnosticCatalog.StaleData, new SourceSpan($"content/lieux/lieu-{i:00}.yml", 7, 11, 7, 21), "date_maj", $"vieux {i}");

    private static Diagnostic Phone(int i) =>
        new(DiagnosticCatalog.InvalidPhone, new SourceSpan($"content/lieux/lieu-{i:00}.yml", 9, 13, 9, 21), "telephone", $"faux {i}");

    private static readonly Diagnostic Far =
        new(DiagnosticCatalog.FarFromCommune, new SourceSpan("content/lieux/lieu-11.yml", 5, 11, 5, 17), "latitude", "loin");

    /// <summary>12 places verified long ago, one far from its commune, 8 wrong phone numbers: in the order the printer gets them.</summary>
    private static IReadOnlyList<Diagnostic> Many() =>
        [.. Enumerable.Range(1, 12).SelectMany(i => (IEnumerable<Diagnostic>)(i <= 8 ? [Stale(i), Phone(i)] : i == 11 ? [Stale(i), Far] : [Stale(i)])), ];

    private static string[] Printed(IReadOnlyList<Diagnostic> diagnostics, OutputFormat format, bool all = false)
    {
        var output = new StringWriter();
        DiagnosticPrinter.Print(diagnostics, format, Path.GetTempPath(), output, all);
        return output.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void A_warning_repeated_in_many_files_is_shown_five_times_then_counted()
    {
        var lines = Printed(Many(), OutputFormat.Text);

        Assert.Equal(5, lines.Count(l => l.Contains(" avertissement OFF0301: ", StringComparison.Ordinal)));
        var fold = Assert.Single(lines, l => l.StartsWith('…'));
        Assert.Equal("… et 7 autres du même type (OFF0301 Données de plus d'un an) ; --tous pour tout voir.", fold);
        // right after the fifth, where the reader is
        Assert.Contains("content/lieux/lieu-05.yml:7:11: avertissement OFF0301", lines[Array.IndexOf(lines, fold) - 1], StringComparison.Ordinal);
        // the rare warning is there, and every error
        Assert.Single(lines, l => l.StartsWith("content/lieux/lieu-11.yml:5:11: avertissement OFF0305: ", StringComparison.Ordinal));
        Assert.Equal(8, lines.Count(l => l.Contains(" erreur OFF0114: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void With_tous_every_warning_is_shown_and_nothing_is_counted()
    {
        var lines = Printed(Many(), OutputFormat.Text, all: true);

        Assert.Equal(12, lines.Count(l => l.Contains(" avertissement OFF0301: ", StringComparison.Ordinal)));
        Assert.DoesNotContain(lines, l => l.StartsWith('…'));
        Assert.Equal(Many().Count, lines.Length);
    }

    [Fact]
    public void Six_of_a_kind_are_all_shown_since_a_count_line_would_hide_only_one()
    {
        var lines = Printed([.. Enumerable.Range(1, 6).Select(Stale)], OutputFormat.Text);

        Assert.Equal(6, lines.Length);
        Assert.DoesNotContain(lines, l => l.StartsWith('…'));
        // seven: five and « … et 2 autres »
        Assert.Equal("… et 2 autres du même type (OFF0301 Données de plus d'un an) ; --tous pour tout voir.", Printed([.. Enumerable.Range(1, 7).Select(Stale)], OutputFormat.Text)[^1]);
    }

    [Fact]
    public void Errors_are_never_folded()
    {
        var lines = Printed([.. Enumerable.Range(1, 30).Select(Phone)], OutputFormat.Text);

        Assert.Equal(30, lines.Length);
    }

    [Fact]
    public void Github_annotations_are_folded_too_with_the_count_as_a_notice()
    {
        var lines = Printed(Many(), OutputFormat.Github);

        Assert.Equal(5, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal) && l.Contains("title=OFF0301 ", StringComparison.Ordinal)));
        Assert.Equal(8, lines.Count(l => l.StartsWith("::error ", StringComparison.Ordinal)));
        Assert.Equal("::notice title=OFF0301 Données de plus d'un an::… et 7 autres du même type (OFF0301 Données de plus d'un an) ; --tous pour tout voir.",
            Assert.Single(lines, l => l.StartsWith("::notice ", StringComparison.Ordinal)));
        Assert.Equal(12, Printed(Many(), OutputFormat.Github, all: true).Count(l => l.Contains("title=OFF0301 ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_line_break_inside_a_quoted_value_is_shown_as_a_return_sign_to_keep_one_diagnostic_per_line()
    {
        var diagnostic = new Diagnostic(DiagnosticCatalog.NotInVocabulary, new SourceSpan("content/lieux/x.yml", 3, 17, 3, 30), "frais_a_charge",
            "« Gratuit\nPayant » n'est pas une valeur autorisée.\r\n« a\rb »");

        var lines = Printed([diagnostic], OutputFormat.Text);

        Assert.Equal("content/lieux/x.yml:3:17: erreur OFF0104: champ « frais_a_charge » : « Gratuit⏎Payant » n'est pas une valeur autorisée.⏎« a⏎b »", Assert.Single(lines));
    }
}
