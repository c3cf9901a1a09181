namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// How builds of the sample site write their output: reproducibly, never half-way, and without
/// touching files whose bytes did not change. Timestamps are set to a fixed past date before
/// each check, so that « not rewritten » is seen without depending on the clock.
/// </summary>
public sealed class SampleOutputTests(SampleSiteFixture sample)
{
    private static readonly DateTime LongAgo = new(2020, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Two_builds_of_the_same_content_are_byte_identical()
    {
        // Given the sample built once (by the fixture)
        sample.AssertBuilt();
        var folder = Sample.TempFolder("again");
        try
        {
            // When it is built again into another folder
            var output = Path.Combine(folder, "output");
            var (exit, stdout, _) = await Sample.BuildAsync(Sample.RepositoryRoot, output);
            Assert.True(exit == 0, stdout);

            // Then both folders hold the same files with the same bytes
            var first = Sample.Files(sample.Output);
            Assert.Equal(first, Sample.Files(output));
            foreach (var file in first)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(sample.Output, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))),
                    $"{file} differs between two builds");
            }
        }
        finally
        {
            Sample.DeleteQuietly(folder);
        }
    }

    [Fact]
    public async Task A_build_with_a_content_error_fails_and_leaves_the_previous_output_untouched()
    {
        var folder = Sample.TempFolder("failed");
        try
        {
            // Given a copy of the sample, built once, its files dated long ago
            var root = Path.Combine(folder, "site");
            var output = Path.Combine(folder, "output");
            Directory.CreateDirectory(root);
            Sample.CopySiteTo(root);
            var (exit, stdout, _) = await Sample.BuildAsync(root, output);
            Assert.True(exit == 0, stdout);
            var before = Snapshot(output, dateThemLongAgo: true);

            // When a place gets a malformed phone number and the site is built again
            var place = Path.Combine(root, "content", "lieux", "epn-loches.yml");
            File.WriteAllText(place, File.ReadAllText(place).Replace("telephone: \"02 61 91 20 01\"", "telephone: \"02 61 91\"", StringComparison.Ordinal));
            (exit, stdout, _) = await Sample.BuildAsync(root, output);

            // Then the build fails with the error, and the output has the same files, bytes and dates
            Assert.Equal(1, exit);
            Assert.Contains("content/lieux/epn-loches.yml", stdout);
            Assert.Contains("OFF0114", stdout);
            AssertSame(before, Snapshot(output));
            Assert.False(Directory.Exists(output + ".staging"), "the staging folder was left behind");
        }
        finally
        {
            Sample.DeleteQuietly(folder);
        }
    }

    [Fact]
    public async Task A_second_build_rewrites_what_changed_and_keeps_the_other_files_as_they_were()
    {
        var folder = Sample.TempFolder("rebuild");
        try
        {
            // Given a copy of the sample, built once, its files dated long ago
            var root = Path.Combine(folder, "site");
            var output = Path.Combine(folder, "output");
            Directory.CreateDirectory(root);
            Sample.CopySiteTo(root);
            var (exit, stdout, _) = await Sample.BuildAsync(root, output);
            Assert.True(exit == 0, stdout);
            var before = Snapshot(output, dateThemLongAgo: true);

            // When one place is checked again (a new date_maj) and the site is rebuilt
            var place = Path.Combine(root, "content", "lieux", "epn-loches.yml");
            var yaml = File.ReadAllText(place);
            Assert.Contains("date_maj: 2026-10-01", yaml);
            File.WriteAllText(place, yaml.Replace("date_maj: 2026-10-01", "date_maj: 2026-11-20", StringComparison.Ordinal));
            (exit, stdout, _) = await Sample.BuildAsync(root, output);
            Assert.True(exit == 0, stdout);
            var after = Snapshot(output);

            // Then the place's page is rewritten with the new date
            Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
            const string page = "lieux/epn-loches/index.html";
            OutputAssert.File(output, page, "Informations vérifiées le 20 novembre 2026", "! 1er octobre 2026");
            Assert.NotEqual(LongAgo, after[page].Written);

            // and every file whose bytes did not change is the previous file, with its date
            var unchanged = before.Keys.Where(f => before[f].Bytes.AsSpan().SequenceEqual(after[f].Bytes)).ToList();
            Assert.True(unchanged.Count > before.Count / 2, $"only {unchanged.Count} of {before.Count} files unchanged");
            Assert.All(unchanged, f => Assert.True(after[f].Written == LongAgo, $"{f} has the same bytes but was rewritten"));
            Assert.Contains($"{unchanged.Count} inchangés", stdout);
        }
        finally
        {
            Sample.DeleteQuietly(folder);
        }
    }

    private static Dictionary<string, (byte[] Bytes, DateTime Written)> Snapshot(string output, bool dateThemLongAgo = false)
    {
        var files = new Dictionary<string, (byte[], DateTime)>(StringComparer.Ordinal);
        foreach (var file in Sample.Files(output))
        {
            var full = Path.Combine(output, file);
            if (dateThemLongAgo) File.SetLastWriteTimeUtc(full, LongAgo);
            files[file] = (File.ReadAllBytes(full), File.GetLastWriteTimeUtc(full));
        }
        return files;
    }

    private static void AssertSame(Dictionary<string, (byte[] Bytes, DateTime Written)> before, Dictionary<string, (byte[] Bytes, DateTime Written)> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var (file, (bytes, written)) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[file].Bytes), $"{file} changed");
            Assert.True(written == after[file].Written, $"{file} was rewritten");
        }
    }
}
