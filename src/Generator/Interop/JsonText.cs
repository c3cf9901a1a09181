using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Relais.Generator.Interop;

/// <summary>How the site writes JSON: French letters as they are (lighter files), while the characters
/// that matter in HTML (&lt; &gt; &amp; quotes) stay escaped, so JSON-LD is safe inside a script element.</summary>
public static class JsonText
{
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
}
