namespace Relais.Generator.Tests.Cache;

/// <summary>An output folder as path → bytes, to compare two builds file by file.</summary>
public static class OutputTree
{
    public static SortedDictionary<string, byte[]> Read(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    /// <summary>Names the first difference, so a failure says which page went stale.</summary>
    public static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual, string when)
    {
        Assert.True(expected.Keys.SequenceEqual(actual.Keys),
            $"{when}: files differ: missing {string.Join(", ", expected.Keys.Except(actual.Keys).Take(5))}; extra {string.Join(", ", actual.Keys.Except(expected.Keys).Take(5))}");
        var different = expected.Keys.FirstOrDefault(k => !expected[k].AsSpan().SequenceEqual(actual[k]));
        Assert.True(different is null, $"{when}: {different} differs from a clean build");
    }
}
