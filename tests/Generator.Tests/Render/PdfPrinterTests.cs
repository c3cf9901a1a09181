using System.Text;
using Relais.Generator.Render;

namespace Relais.Generator.Tests.Render;

/// <summary>The pure parts of the PDF printer: pinning Chromium's time stamps, counting pages.</summary>
public sealed class PdfPrinterTests
{
    private static byte[] Pdf(string text) => Encoding.Latin1.GetBytes(text);

    private const string Made = """
        %PDF-1.4
        1 0 obj << /Type /Pages /Kids [2 0 R] /Count 1 >> endobj
        2 0 obj << /Type /Page /Parent 1 0 R >> endobj
        3 0 obj << /Creator (HeadlessChrome) /CreationDate (D:20270102134501+00'00') /ModDate (D:20270102134501+00'00') >> endobj
        xref
        """;

    [Fact]
    public void The_creation_and_modification_dates_become_the_build_day_at_the_same_length()
    {
        var pdf = Pdf(Made);

        var pinned = PdfPrinter.Deterministic(pdf, new DateOnly(2026, 11, 24));

        // Same length, so the cross-reference offsets stay right; the dates are the build's day
        Assert.Equal(pdf.Length, pinned.Length);
        var text = Encoding.Latin1.GetString(pinned);
        Assert.Contains("/CreationDate (D:20261124000000+00'00')", text);
        Assert.Contains("/ModDate (D:20261124000000+00'00')", text);
        Assert.DoesNotContain("2027", text);
        // and two PDFs made at different times become the same bytes
        Assert.Equal(pinned, PdfPrinter.Deterministic(Pdf(Made.Replace("20270102134501", "20261231235959", StringComparison.Ordinal)), new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void A_pdf_without_dates_is_left_as_it_is()
    {
        var pdf = Pdf("%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n");

        Assert.Equal(pdf, PdfPrinter.Deterministic(pdf, new DateOnly(2026, 11, 24)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Pages_are_counted_apart_from_the_page_tree(int pages)
    {
        var objects = string.Concat(Enumerable.Range(0, pages).Select(i => $"{i + 2} 0 obj <</Type/Page/Parent 1 0 R>> endobj\n"));
        var pdf = Pdf($"%PDF-1.4\n1 0 obj << /Type /Pages /Count {pages} >> endobj\n{objects}");

        Assert.Equal(pages, PdfPrinter.PageCount(pdf));
    }
}
