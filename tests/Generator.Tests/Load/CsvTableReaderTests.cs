using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.Load;

public sealed class CsvTableReaderTests
{
    /// <summary>Quotes, a doubled quote, a line break in a quoted cell, a comment and a blank line.</summary>
    private const string Table = """"
        code_insee,nom,codes_postaux
        # communes du sud de la Touraine
        37132,Loches,37600

        "37250","Sorigny ""le bourg""",37250
        37154,"Mont
        bazon", 37250 

        """";

    private const string Expected = """
        1:1 code_insee | 1:12 nom | 1:16 codes_postaux
        3:1 37132 | 3:7 Loches | 3:14 37600
        5:1 "37250" | 5:9 "Sorigny "le bourg"" | 5:32 37250
        6:1 37154 | 6:7 "Mont\nbazon" | 7:8 37250
        """;

    private static (RawCsv? Table, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        var table = CsvTableReader.Read(text, "content/communes.csv", diagnostics);
        return (table, diagnostics.Sorted());
    }

    /// <summary>One record a line: « line:column value » per cell, quoted cells in quotes.</summary>
    private static string Dump(RawCsv table) =>
        string.Join('\n', new[] { table.Header }.Concat(table.Rows).Select(row =>
            string.Join(" | ", row.Select(c => $"{c.Span.Line}:{c.Span.Column} {(c.IsPlain ? c.Value : $"\"{c.Value}\"").Replace("\n", "\\n", StringComparison.Ordinal)}"))));

    [Fact]
    public void Every_cell_keeps_its_line_and_column()
    {
        var (table, diagnostics) = Read(Table);

        Assert.Empty(diagnostics);
        Assert.Equal(Expected, Dump(table!));
    }

    public static TheoryData<string> Savings => ["crlf", "semicolon", "no-final-newline", "all"];

    [Theory]
    [MemberData(nameof(Savings))]
    public void Spreadsheet_savings_give_the_same_cells(string saving)
    {
        // Given the same table as a spreadsheet may save it
        var text = Table;
        if (saving is "semicolon" or "all") text = text.Replace("\",\"", "\";\"", StringComparison.Ordinal).Replace(",", ";", StringComparison.Ordinal);
        if (saving is "no-final-newline" or "all") text = text.TrimEnd('\n');
        if (saving is "crlf" or "all") text = text.Replace("\n", "\r\n", StringComparison.Ordinal);

        // When
        var (table, diagnostics) = Read(text);

        // Then: CRLF inside a quoted cell is read as one line break
        Assert.Empty(diagnostics);
        Assert.Equal(Expected, Dump(table!));
    }

    [Fact]
    public void Unquoted_cells_are_trimmed_and_quoted_cells_kept_as_written()
    {
        var (table, _) = Read("a,b\n x ,\" y \"\n");

        Assert.Equal(["x", " y "], table!.Rows[0].Select(c => c.Value));
    }

    [Fact]
    public void A_comma_in_a_semicolon_table_is_part_of_the_cell()
    {
        // A French spreadsheet: « ; » between cells, « , » as the decimal separator.
        var (table, _) = Read("code_insee;latitude\n37132;47,129\n");

        Assert.Equal(["37132", "47,129"], table!.Rows[0].Select(c => c.Value));
    }

    [Fact]
    public void An_unclosed_quote_is_reported_where_it_opens()
    {
        var (table, diagnostics) = Read("code_insee,nom\n37132,\"Loches\n37250,Sorigny\n");

        Assert.Null(table);
        DiagnosticAssert.Single(diagnostics, "OFF0006", "content/communes.csv:2:7", "guillemet", "jamais refermé");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n# rien\n")]
    public void An_empty_table_is_reported(string text)
    {
        var (table, diagnostics) = Read(text);

        Assert.Null(table);
        DiagnosticAssert.Single(diagnostics, "OFF0006", "content/communes.csv:1:1", "vide", "première ligne");
    }
}
