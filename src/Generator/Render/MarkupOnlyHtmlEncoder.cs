using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Relais.Generator.Render;

/// <summary>
/// The pages' HTML encoder: escapes what HTML needs, nothing more. <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>
/// in text and attributes, <c>"</c> in attributes (the renderer always writes them between double quotes:
/// <c>StaticHtmlRenderer.RenderAttributes</c>); C0 control characters other than tab and line feed as
/// numeric references, as the library does (a carriage return too: a browser would read it as a line feed) (not C1 ones: a browser reads « &amp;#x80; » as « € »); a lone
/// surrogate becomes U+FFFD (the base class does that). Everything else is
/// written as is: the library's encoders, even allowed every range, still write a no-break space as
/// <c>&amp;#xA0;</c> (6 bytes for 2), <c>'</c> as <c>&amp;#x27;</c> and <c>+</c> as <c>&amp;#x2B;</c> (every
/// <c>tel:</c> link), which French text with « 14 h – 17 h » in it pays for hundreds of times a page.
/// </summary>
public sealed class MarkupOnlyHtmlEncoder : HtmlEncoder
{
    public static MarkupOnlyHtmlEncoder Instance { get; } = new();

    private MarkupOnlyHtmlEncoder() { }

    /// <summary>« &amp;quot; » or « &amp;#x1F; » at most.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar switch
    {
        '&' or '<' or '>' or '"' => true,
        '\t' or '\n' => false,
        < 0x20 => true,
        _ => false,
    };

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < textLength && char.IsLowSurrogate(text[i + 1]))
            {
                i++; // a whole pair: above the controls, written as is
                continue;
            }
            if (char.IsSurrogate(c) || WillEncode(c)) return i;
        }
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        numberOfCharactersWritten = 0;
        if (!WillEncode(unicodeScalar))
        {
            // Asked for a character written as is (the base class asks for U+FFFD in place of a lone surrogate).
            if (!Rune.TryCreate(unicodeScalar, out var rune)) return false;
            return rune.TryEncodeToUtf16(new Span<char>(buffer, bufferLength), out numberOfCharactersWritten);
        }
        var text = unicodeScalar switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            _ => $"&#x{unicodeScalar.ToString("X", CultureInfo.InvariantCulture)};",
        };
        if (!text.AsSpan().TryCopyTo(new Span<char>(buffer, bufferLength))) return false;
        numberOfCharactersWritten = text.Length;
        return true;
    }
}
