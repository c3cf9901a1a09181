namespace Relais.Generator.Tests.Integration;

/// <summary>
/// Content errors never throw: every sample file, mistyped in many ways (cut short, a stray
/// character, a piece deleted), gives diagnostics with a position, never an exception. Validation
/// only, to try many mistakes; <see cref="MistypedContentBuildTests"/> runs the whole build on some.
/// </summary>
public sealed class MistypedContentTests
{
    private const int MistakesPerFile = 40;

    private static readonly string[] Strays = ["[", "]", "{", "}", ":", "\"", "'", "- ", "\n", "  ", "\t", "#", "&a ", "*a", "!!", "|", ">", "---\n", ",", "?", "%", "@", "`", "\r", "é", ";", "\uFEFF"];

    /// <summary>One mistake at a random place: the text cut short, a stray character, or a piece deleted.</summary>
    public static string Mistype(string text, Random random)
    {
        var at = random.Next(text.Length);
        return random.Next(3) switch
        {
            0 => text[..at],
            1 => text.Insert(at, Strays[random.Next(Strays.Length)]),
            _ => text.Remove(at, Math.Min(random.Next(1, 20), text.Length - at)),
        };
    }

    /// <summary>Every file of the sample site, relative to its root.</summary>
    public static IReadOnlyList<string> Files { get; } = new[] { "content", "input" }
        .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Repository.Root, folder), "*", SearchOption.AllDirectories))
        .Append(Path.Combine(Repository.Root, "statiq.json"))
        .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> SampleFiles => [.. Files];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void No_mistyping_of_a_sample_file_throws(string file)
    {
        // Given the sample's commune list and the file, mistyped the same way on every run
        var text = File.ReadAllText(Path.Combine(Repository.Root, file));
        using var site = TestSite.Create("");
        site.WriteFile("content/communes.csv", File.ReadAllText(Path.Combine(Repository.Root, "content/communes.csv")));
        var random = new Random(file.Length * 7919 + text.Length);

        for (var i = 0; i < MistakesPerFile; i++)
        {
            var mistyped = Mistype(text, random);
            site.WriteFile(file, mistyped);

            // When
            IReadOnlyList<Relais.Generator.Diagnostics.Diagnostic> diagnostics = [];
            var exception = Record.Exception(() => diagnostics = site.Validate().Diagnostics);

            // Then
            Assert.True(exception is null, $"{file} mistyped as below threw {exception}\n---\n{mistyped}");
            Assert.All(diagnostics, d => Assert.True(d.Span.Line >= 1 && d.Span.Column >= 1, $"{d} has no position\n---\n{mistyped}"));
        }
    }
}
