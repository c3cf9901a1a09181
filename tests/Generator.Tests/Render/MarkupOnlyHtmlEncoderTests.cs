using AngleSharp.Html.Parser;
using Relais.Generator.Render;

namespace Relais.Generator.Tests.Render;

/// <summary>
/// The pages' encoder writes French text as it is and escapes only what HTML needs, so that what a
/// browser reads, in text and in a double-quoted attribute, is exactly what was written.
/// </summary>
public sealed class MarkupOnlyHtmlEncoderTests
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> Texts() =>
    [
        "14\u00a0h\u00a0–\u00a017\u00a0h",
        "L'affiche d'Arleux-en-Gohelle",
        "tel:+33261916834",
        "image/svg+xml",
        "« Fermé » — œuvre, ÉPN, 🚌",
        "a\"b\" onmouseover=\"alert(1)",
        "x' onclick='alert(1)",
        "</p><script>alert(1)</script>",
        "&amp; &#xA0; &lt;",
        "a\tb\nc\rd",
        "bip\u0001\u001f",
        "C1 \u0085\u0080",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void What_a_browser_reads_is_what_was_written(string text)
    {
        var encoded = MarkupOnlyHtmlEncoder.Instance.Encode(text);

        var document = Parser.ParseDocument($"<p title=\"{encoded}\">{encoded}</p><i>fin</i>");

        var p = document.QuerySelector("p")!;
        Assert.Equal(text, p.GetAttribute("title"));
        Assert.Equal(text, p.TextContent);
        // and nothing got out of the attribute or the paragraph
        Assert.Equal(["p", "i"], document.Body!.Children.Select(e => e.LocalName));
        Assert.Single(p.Attributes);
        Assert.Empty(p.Children);
    }

    [Fact]
    public void Only_markup_characters_and_controls_are_escaped()
    {
        var encoder = MarkupOnlyHtmlEncoder.Instance;

        Assert.Equal("&lt;a href=&quot;/&quot;&gt;Tom &amp; Léa&lt;/a&gt;", encoder.Encode("<a href=\"/\">Tom & Léa</a>"));
        Assert.Equal("9\u00a0h\u00a0–\u00a012\u00a0h, d'ici, +33, é, 🚌", encoder.Encode("9\u00a0h\u00a0–\u00a012\u00a0h, d'ici, +33, é, 🚌"));
        Assert.Equal("a&#x1;b", encoder.Encode("a\u0001b"));
    }

    [Fact]
    public void A_lone_surrogate_becomes_the_replacement_character()
    {
        Assert.Equal("a\ufffdb", MarkupOnlyHtmlEncoder.Instance.Encode("a\ud800b"));
        Assert.Equal("a\ufffd", MarkupOnlyHtmlEncoder.Instance.Encode("a\udc00"));
    }
}
