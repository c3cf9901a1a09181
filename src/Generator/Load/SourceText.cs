using System.Text;

namespace Relais.Generator.Load;

/// <summary>Reads a content file as editors save it: UTF-8 with or without BOM, any line ends.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text without BOM, or null with a French reason when it is not UTF-8.</summary>
    public static string? Read(string path, out string? error)
    {
        var bytes = File.ReadAllBytes(path);
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            error = null;
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            error = "le fichier n'est pas enregistré en UTF-8 (peut-être en Windows-1252 / « ANSI ») : réenregistrez-le en UTF-8 depuis votre éditeur.";
            return null;
        }
    }
}
