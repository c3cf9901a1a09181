using System.Globalization;
using Relais.Generator.Tests.Cli;
using Relais.Generator.Tests.SampleSite;

namespace Relais.Generator.Tests.Integration;

/// <summary>Tests that change the process's culture: run alone, after the others, so no other build sees it.</summary>
[CollectionDefinition(nameof(ProcessCulture), DisableParallelization = true)]
public sealed class ProcessCulture;

/// <summary>
/// The output is the same bytes whatever the machine's culture and time zone: a build machine in
/// Bangkok (Buddhist calendar), Riyadh (Um al-Qura calendar), Istanbul (dotted and dotless i) or
/// Auckland writes the site a build machine in Paris writes.
/// </summary>
[Collection(nameof(ProcessCulture))]
public sealed class CultureIntegrationTests
{
    private static readonly string[] Cultures = ["th-TH", "ar-SA", "tr-TR"];

    [Fact]
    public async Task The_sample_site_is_byte_identical_under_any_culture_and_local_time_zone()
    {
        var folder = Sample.TempFolder("culture");
        try
        {
            // Given the sample built under the invariant culture
            var reference = Path.Combine(folder, "invariant");
            var messages = Messages(await BuildUnderAsync(CultureInfo.InvariantCulture, reference));

            // When it is built again under cultures with other calendars, digits and casing rules
            var differences = new List<string>();
            foreach (var name in Cultures)
            {
                var output = Path.Combine(folder, name);
                var printed = Messages(await BuildUnderAsync(CultureInfo.GetCultureInfo(name), output));
                differences.AddRange(Differences(reference, output).Concat(Differences(messages, printed)).Select(d => $"{name}: {d}"));
            }

            // and by the program itself on a machine set to Thai, in New Zealand's time zone
            var process = Path.Combine(folder, "process");
            var run = await RelaisProcess.RunAsync(
                new Dictionary<string, string> { ["LANG"] = "th_TH.UTF-8", ["LC_ALL"] = "th_TH.UTF-8", ["TZ"] = "Pacific/Auckland" },
                "build", "--root", Sample.RepositoryRoot, "--output", process, "--today", Sample.TodayText);
            Assert.True(run.ExitCode == 0, run.ToString());
            differences.AddRange(Differences(reference, process).Concat(Differences(messages, Messages(run.Output)))
                .Select(d => $"th_TH.UTF-8, TZ=Pacific/Auckland: {d}"));

            // Then every build wrote the same files with the same bytes, and printed the same messages
            Assert.True(differences.Count == 0, $"{differences.Count} differences from the invariant build:\n{string.Join('\n', differences)}");
        }
        finally
        {
            Sample.DeleteQuietly(folder);
        }
    }

    /// <summary>Builds the sample with every culture setting of the process set to <paramref name="culture"/>, restored after; returns what it printed.</summary>
    private static async Task<string> BuildUnderAsync(CultureInfo culture, string output)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var (defaultThread, defaultThreadUi) = (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            var (exit, stdout, stderr) = await Sample.BuildAsync(Sample.RepositoryRoot, output);
            Assert.True(exit == 0, $"the build under {culture.Name} failed (exit {exit}):\n{stdout}\n{stderr}");
            return stdout;
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
            CultureInfo.DefaultThreadCurrentCulture = defaultThread;
            CultureInfo.DefaultThreadCurrentUICulture = defaultThreadUi;
        }
    }

    /// <summary>The diagnostics and counts a build printed, less the line naming its output folder and its duration.</summary>
    private static string[] Messages(string stdout) =>
        stdout.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !l.StartsWith("Site construit dans ", StringComparison.Ordinal)).ToArray();

    private static IEnumerable<string> Differences(string[] expected, string[] actual)
    {
        for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            var a = i < expected.Length ? expected[i] : "";
            var b = i < actual.Length ? actual[i] : "";
            if (a != b) yield return $"printed line {i + 1}: « {a} » / « {b} »";
        }
    }

    /// <summary>The files only one folder has, and those whose bytes differ with their first differing line.</summary>
    private static IEnumerable<string> Differences(string expected, string actual)
    {
        var expectedFiles = Sample.Files(expected);
        var actualFiles = Sample.Files(actual);
        foreach (var file in expectedFiles.Except(actualFiles, StringComparer.Ordinal)) yield return $"{file} missing";
        foreach (var file in actualFiles.Except(expectedFiles, StringComparer.Ordinal)) yield return $"{file} not in the invariant build";
        foreach (var file in expectedFiles.Intersect(actualFiles, StringComparer.Ordinal))
        {
            var a = File.ReadAllBytes(Path.Combine(expected, file));
            var b = File.ReadAllBytes(Path.Combine(actual, file));
            if (!a.AsSpan().SequenceEqual(b)) yield return $"{file} differs{FirstDifference(a, b)}";
        }
    }

    /// <summary>« , line 3: « …2026-12-01… » / « …2569-12-01… » »: where the texts first part, with some context (pages are minified to few lines).</summary>
    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var a = System.Text.Encoding.UTF8.GetString(expected);
        var b = System.Text.Encoding.UTF8.GetString(actual);
        var at = 0;
        while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
        var line = a.AsSpan(0, at).Count('\n') + 1;
        var from = Math.Max(0, at - 40);
        return $", line {line}: « …{Around(a, from)}… » / « …{Around(b, from)}… »";
    }

    private static string Around(string text, int from) => from >= text.Length ? "" : text.Substring(from, Math.Min(100, text.Length - from)).Replace('\n', ' ');

}
