using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>A word printed on a PDF page, where and how big, as <c>pdftotext -bbox</c> reads it.</summary>
public sealed record PdfWord(string Text, double XMin, double YMin, double XMax, double YMax)
{
    /// <summary>
    /// DejaVu Sans, the sans-serif of the machines that print (fc-match), draws a box of 1.164 em
    /// (ascent 0.928 + descent 0.236): the box height over that is the type size in points. A font with
    /// a smaller box reads smaller here, so the sizes asserted are, if anything, understated.
    /// </summary>
    public const double BoxPerEm = 1.164;

    public double SizePt => (YMax - YMin) / BoxPerEm;

    /// <summary>The words of the first page of a PDF.</summary>
    public static async Task<IReadOnlyList<PdfWord>> ReadAsync(string pdf)
    {
        var (exit, output, error) = await ExternalTools.RunAsync("pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-");
        Assert.True(exit == 0, $"pdftotext cannot read {pdf}: {error}");
        var xhtml = XDocument.Parse(Encoding.UTF8.GetString(output));
        return xhtml.Descendants().Where(e => e.Name.LocalName == "word")
            .Select(w => new PdfWord(w.Value, N(w, "xMin"), N(w, "yMin"), N(w, "xMax"), N(w, "yMax")))
            .ToList();
    }

    /// <summary>The words of the first run of consecutive words that spells <paramref name="phrase"/>.</summary>
    public static IReadOnlyList<PdfWord> Find(IReadOnlyList<PdfWord> words, string phrase, string pdf)
    {
        var wanted = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + wanted.Length <= words.Count; i++)
        {
            if (wanted.Select((w, j) => words[i + j].Text == w).All(b => b)) return words.Skip(i).Take(wanted.Length).ToList();
        }
        Assert.Fail($"{pdf}: « {phrase} » is not printed (words: {string.Join(' ', words.Select(w => w.Text))})");
        return [];
    }

    private static double N(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
}
