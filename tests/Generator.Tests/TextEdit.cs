namespace Relais.Generator.Tests;

public static class TextEdit
{
    /// <summary>Replaces the one occurrence of <paramref name="old"/>: a test that injects a mistake
    /// fails loudly when its target text is not there, rather than testing the unchanged file.</summary>
    public static string Edit(this string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"Text to replace not found: «{old}»");
        Assert.True(text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"Text to replace found more than once: «{old}»");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}
