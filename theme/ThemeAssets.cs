namespace Relais.Theme;

/// <summary>The theme's static files, embedded in its assembly (the components are named in the generator's page kinds).</summary>
public static class ThemeAssets
{
    /// <summary>The theme's static files (name relative to assets/, bytes).</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Assets()
    {
        var assembly = typeof(ThemeAssets).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("assets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return (n["assets/".Length..], memory.ToArray());
            })
            .ToList();
    }
}
