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
