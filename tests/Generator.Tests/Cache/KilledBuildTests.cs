using System.Diagnostics;
using Relais.Generator.Diagnostics;
using Relais.Generator.Tests.Cli;
using Relais.Generator.Tests.SampleSite;

namespace Relais.Generator.Tests.Cache;

/// <summary>
/// The real program, killed at several moments of a build (rendering, writing, committing): the
/// output is then the previous site whole, or the new one being committed (its journal says so,
/// and the next build finishes it), and the next build gives exactly a clean build's result.
/// </summary>
public sealed class KilledBuildTests : IDisposable
{
    private static readonly DateOnly NextDay = new(2026, 12, 2);

    private readonly TestSite _site = TestSite.FromSample();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_build_killed_at_any_moment_leaves_a_whole_site_and_a_cache_the_next_build_can_trust()
    {
        Assert.NotNull(_site.Build().Output);
        var previous = OutputTree.Read(_site.Output);
        var clean = Path.Combine(_site.Root, "clean");
        Assert.NotNull(await Task.Run(() => SiteBuild.BuildAsync(_site.Root, clean, NextDay, new DiagnosticBag()), TestContext.Current.CancellationToken));
        var expected = OutputTree.Read(clean);
        var sawStaging = false;

        // At the first staged file, later while rendering, and the moment the commit's journal appears.
        foreach (var (moment, delay) in new[] { (Moment.Staging, 0), (Moment.Staging, 100), (Moment.Committing, 0) })
        {
            var killed = await KillDuringBuildAsync(moment, delay);
            sawStaging |= killed && moment == Moment.Staging;
            var journal = File.Exists(_site.Output + ".commit");
            if (killed && !journal) OutputTree.AssertSame(previous, OutputTree.Read(_site.Output), $"killed {delay} ms after {moment}");

            var diagnostics = new DiagnosticBag();
            var report = await Task.Run(() => SiteBuild.BuildAsync(_site.Root, _site.Output, NextDay, diagnostics), TestContext.Current.CancellationToken);
            Assert.NotNull(report);
            OutputTree.AssertSame(expected, OutputTree.Read(_site.Output), $"the build after a kill {delay} ms into writing");
            Assert.False(File.Exists(_site.Output + ".commit"));
            Assert.False(Directory.Exists(_site.Output + ".staging"));

            // Back to the previous site, for the next kill to interrupt the same change.
            Assert.NotNull(_site.Build().Output);
            OutputTree.AssertSame(previous, OutputTree.Read(_site.Output), "the previous site rebuilt");
        }
        Assert.True(sawStaging, "no kill landed while the build was writing: the test proves nothing");
    }

    private enum Moment
    {
        Staging,
        Committing,
    }

    /// <summary>Starts « relais build » for the next day, kills it <paramref name="delay"/> ms after it
    /// staged its first file or began its commit; false when it finished before.</summary>
    private async Task<bool> KillDuringBuildAsync(Moment moment, int delay)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { RelaisProcess.Assembly, "build", "--root", _site.Root, "--today", "2026-12-02" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        _ = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var staging = _site.Output + ".staging";
        bool Reached() => moment == Moment.Committing
            ? File.Exists(_site.Output + ".commit")
            : Directory.Exists(staging) && Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Any();
        var clock = Stopwatch.StartNew();
        // A busy wait: the commit of the sample lasts milliseconds.
        while (!process.HasExited && !Reached())
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("the build never reached " + moment);
            if (moment == Moment.Staging) await Task.Delay(2, TestContext.Current.CancellationToken);
        }
        if (delay > 0) await Task.Delay(delay, TestContext.Current.CancellationToken);
        if (process.HasExited) return false;
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return true;
    }
}
