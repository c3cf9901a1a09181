using Relais.Generator.Diagnostics;

namespace Relais.Generator.Tests;

public static class DiagnosticAssert
{
    /// <summary>Exactly one diagnostic with this code, at « file:line:column », whose message has these words.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string code, string position, params string[] words)
    {
        var matching = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matching.Count == 1, $"Expected one {code}, got {matching.Count}:\n{string.Join("\n", diagnostics)}");
        var diagnostic = matching[0];
        Assert.Equal(position, $"{diagnostic.Span.File}:{diagnostic.Span.Line}:{diagnostic.Span.Column}");
        foreach (var word in words) Assert.Contains(word, diagnostic.FullMessage, StringComparison.Ordinal);
        return diagnostic;
    }

    public static void NoErrors(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.True(!diagnostics.Any(d => d.IsError), "Unexpected errors:\n" + string.Join("\n", diagnostics.Where(d => d.IsError)));
}
