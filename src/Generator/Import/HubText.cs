using System.Text;

namespace Relais.Generator.Import;

/// <summary>How the bytes of a hub's file were read.</summary>
public enum HubEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16,
    Windows1252,
}

/// <summary>
/// Decodes a hub's export as it comes: UTF-8 with or without BOM, UTF-16 with BOM (a spreadsheet's
/// « Unicode text »), otherwise Windows-1252 (a spreadsheet's « CSV » on Windows) when the bytes are not
/// valid UTF-8. Latin-1 would turn its €, œ and ’ into control characters, hence the code page.
/// </summary>
public static class HubText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HubText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = Registered(1252);

    public static (string Text, HubEncoding Encoding) Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return (StrictOrLenient(bytes, 3), HubEncoding.Utf8WithBom);
        if (bytes is [0xFF, 0xFE, ..]) return (Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), HubEncoding.Utf16);
        if (bytes is [0xFE, 0xFF, ..]) return (Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), HubEncoding.Utf16);
        try
        {
            return (StrictUtf8.GetString(bytes), HubEncoding.Utf8);
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.GetString(bytes), HubEncoding.Windows1252);
        }
    }

    /// <summary>French name of the encoding, for the summary.</summary>
    public static string Name(HubEncoding encoding) => encoding switch
    {
        HubEncoding.Utf8 => "UTF-8",
        HubEncoding.Utf8WithBom => "UTF-8 avec BOM",
        HubEncoding.Utf16 => "UTF-16",
        _ => "Windows-1252 (tableur)",
    };

    // A BOM says UTF-8; a stray invalid byte after it is replaced rather than the whole file refused.
    private static string StrictOrLenient(byte[] bytes, int start)
    {
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
        }
    }

    private static Encoding Registered(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
