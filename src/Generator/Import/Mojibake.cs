using System.Text;

namespace Relais.Generator.Import;

/// <summary>
/// Repairs UTF-8 that was once read as Windows-1252 and saved again as UTF-8 (« LÃ©guillon » for
/// « Léguillon », « lâ€™EPN » for « l’EPN »). Only where it is certain: a run of characters whose
/// Windows-1252 bytes form one valid multi-byte UTF-8 sequence (a lead byte C2–F4 and its
/// continuation bytes 80–BF). French text never holds such runs (« Ã© », « â€™ »), so a correct
/// « é » or « ’ » is left alone.
/// </summary>
public static class Mojibake
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The character Windows-1252 shows for each continuation byte 80–BF, and back.</summary>
    private static readonly Dictionary<char, byte> Continuation = BuildContinuation();

    public static bool LooksBroken(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (SequenceAt(text, i) is not null) return true;
        }
        return false;
    }

    /// <summary>The text with every certain run repaired; the same instance when there is none.</summary>
    public static string Repair(string text)
    {
        StringBuilder? repaired = null;
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (SequenceAt(text, i) is not { } sequence) continue;
            repaired ??= new StringBuilder(text.Length);
            repaired.Append(text, copied, i - copied).Append(sequence.Decoded);
            i += sequence.Length - 1;
            copied = i + 1;
        }
        return repaired is null ? text : repaired.Append(text, copied, text.Length - copied).ToString();
    }

    private static (string Decoded, int Length)? SequenceAt(string text, int i)
    {
        var lead = text[i];
        // U+00C2–U+00F4 are the bytes C2–F4 in Windows-1252 (the range maps one to one).
        if (lead is < '\u00C2' or > '\u00F4') return null;
        var length = lead < '\u00E0' ? 2 : lead < '\u00F0' ? 3 : 4;
        if (i + length > text.Length) return null;
        Span<byte> bytes = stackalloc byte[4];
        bytes[0] = (byte)lead;
        for (var k = 1; k < length; k++)
        {
            if (!Continuation.TryGetValue(text[i + k], out var b)) return null;
            bytes[k] = b;
        }
        try
        {
            return (StrictUtf8.GetString(bytes[..length]), length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Dictionary<char, byte> BuildContinuation()
    {
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0xBF; b++)
        {
            var c = HubText.Windows1252.GetString([(byte)b])[0];
            map.TryAdd(c, (byte)b);
        }
        return map;
    }
}
