using System.Globalization;
using System.Runtime.InteropServices;

namespace Relais.Benchmarks;

/// <summary>
/// `compare [--scale S]`: writes the synthetic site (S of the country, 1 by default), runs the built
/// CLI on it as separate child processes — clean build, rebuild with nothing changed, rebuild after
/// one place's phone changed, validate with and without the cache — counts the output by kind,
/// builds the equivalent Hugo site the same way when `hugo` is on the PATH, then builds at S/4 and
/// S/2 for the time per page at three sizes, and prints it all as Markdown tables (BENCHMARKS.md).
/// </summary>
public static class Comparison
{
    private const string Today = "2026-11-24";

    public static async Task<int> RunAsync(string repo, string reference, string[] args)
    {
        var scale = args is ["--scale", var s, ..] ? double.Parse(s, CultureInfo.InvariantCulture) : 1.0;
        if (scale is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(args), "--scale is a share of the country, more than 0 and at most 1.");
        var work = Path.Combine(Path.GetTempPath(), "relais-bench-compare");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        Console.WriteLine(Machine(work));
        Console.WriteLine($"Measured with {ChildRun.Method}.");

        Console.WriteLine("Building the CLI: dotnet build -c Release src/Generator");
        var compile = await ChildRun.RunAsync("dotnet", "build", "-c", "Release", Path.Combine(repo, "src", "Generator"), "-nologo", "-v", "q");
        if (compile.ExitCode != 0) return Failed("dotnet build", compile);
        var ours = new RelaisSite(Path.Combine(repo, "src", "Generator", "bin", "Release", "net10.0", "relais"), Path.Combine(work, "relais"));

        var content = FranceSite.Write(reference, ours.Root, 20_000, 5_000, 2_000, scale);
        Console.WriteLine($"Site at {content.Share:P1} of the country: {content.Communes.Count:N0} communes, {content.Places.Count:N0} places, {content.Stops.Count:N0} stops, {content.Workshops.Count:N0} workshops.");
        var runs = new Dictionary<string, Measurement>(StringComparer.Ordinal);
        async Task<bool> Measure(string name, Func<Task<Measurement>> run)
        {
            var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            var m = await run();
            Console.WriteLine($"  {name}: {m.Wall.TotalSeconds:0.00} s wall, {m.Cpu.TotalSeconds:0.0} s CPU, {m.PeakRssMiB:N0} MiB peak RSS, exit {m.ExitCode} (load {load} before) — {Shorten(m.LastLine)}");
            runs[name] = m;
            if (m.ExitCode != 0) Failed(name, m);
            return m.ExitCode == 0;
        }

        if (!await Measure("clean build", ours.CleanBuildAsync)) return 1;
        if (!await Measure("rebuild, nothing changed", ours.BuildAsync)) return 1;
        var edited = content.Places[0];
        File.WriteAllText(FranceSite.PlaceFile(ours.Root, edited), FranceSite.PlaceYaml(edited with { Phone = "02 61 91 00 01" }));
        if (!await Measure("rebuild, one place changed", ours.BuildAsync)) return 1;
        if (!await Measure("validate, cache deleted", ours.ColdValidateAsync)) return 1;
        if (!await Measure("validate, cache kept", ours.ValidateAsync)) return 1;
        var census = OutputCensus.Of(ours.Output);

        OutputCensus? hugoCensus = null;
        var hugo = OnPath("hugo");
        if (hugo is null) Console.WriteLine("hugo is not on the PATH (Debian: apt-get install hugo): no comparison with Hugo.");
        else
        {
            var version = await ChildRun.RunAsync(hugo, "version");
            Console.WriteLine($"Hugo: {version.LastLine}");
            var hugoRoot = Path.Combine(work, "hugo");
            HugoSite.Write(content, hugoRoot);
            var publicFolder = Path.Combine(hugoRoot, "public");
            Task<Measurement> HugoBuild() => ChildRun.RunAsync(hugo, "--quiet", "--source", hugoRoot, "--destination", publicFolder);
            if (!await Measure("hugo clean build", () =>
            {
                foreach (var folder in new[] { publicFolder, Path.Combine(hugoRoot, "resources") })
                    if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                return HugoBuild();
            })) return 1;
            if (!await Measure("hugo rebuild, nothing changed", HugoBuild)) return 1;
            HugoSite.EditPlace(hugoRoot, edited);
            if (!await Measure("hugo rebuild, one place changed", HugoBuild)) return 1;
            hugoCensus = OutputCensus.Of(publicFolder);
        }

        var scaling = new List<(double Share, int Pages, Measurement Build)>();
        foreach (var part in new[] { scale / 4, scale / 2 })
        {
            var smaller = new RelaisSite(ours.Program, Path.Combine(work, $"relais-{part:0.000}"));
            var written = FranceSite.Write(reference, smaller.Root, 20_000, 5_000, 2_000, part);
            if (!await Measure($"clean build at {written.Share:P1}", smaller.CleanBuildAsync)) return 1;
            scaling.Add((written.Share, Directory.EnumerateFiles(smaller.Output, "*.html", SearchOption.AllDirectories).Count(), runs[$"clean build at {written.Share:P1}"]));
            Directory.Delete(smaller.Root, recursive: true);
        }
        scaling.Add((content.Share, census.Pages, runs["clean build"]));

        Console.WriteLine();
        Console.WriteLine(Report.Figures(runs, census, hugoCensus));
        Console.WriteLine(Report.Census("Our output by kind of file", census));
        if (hugoCensus is not null) Console.WriteLine(Report.Census("Hugo's output by kind of file", hugoCensus));
        Console.WriteLine(Report.Scaling(scaling));
        Console.WriteLine($"Load average at the end: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static string Machine(string work)
    {
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        var disk = new DriveInfo(work);
        return $"Machine: {Environment.ProcessorCount} cores, {long.Parse(memory, CultureInfo.InvariantCulture) / 1024.0 / 1024.0:0.0} GiB memory, "
            + $"{disk.Name} {disk.DriveFormat} ({disk.TotalSize / 1024.0 / 1024 / 1024:0} GiB, {disk.AvailableFreeSpace / 1024.0 / 1024 / 1024:0} GiB free) for {work}; "
            + $"{RuntimeInformation.OSDescription}; .NET {Environment.Version}; load average {File.ReadAllText("/proc/loadavg").Trim()}";
    }

    private static string? OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);

    private static string Shorten(string line) => line.Length > 140 ? line[..140] + "…" : line;

    private static int Failed(string what, Measurement m)
    {
        Console.Error.WriteLine($"{what} failed (exit {m.ExitCode}):");
        Console.Error.WriteLine(string.Join('\n', m.Output.Split('\n').TakeLast(30)));
        return 1;
    }

    /// <summary>A site folder and the CLI's commands on it, each a child process.</summary>
    private sealed record RelaisSite(string Program, string Root)
    {
        public string Output => Path.Combine(Root, "output");

        private string Cache => Path.Combine(Root, ".relais-cache");

        public Task<Measurement> CleanBuildAsync()
        {
            foreach (var folder in new[] { Output, Cache })
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            return BuildAsync();
        }

        public Task<Measurement> BuildAsync() => ChildRun.RunAsync(Program, "build", "--root", Root, "--output", Output, "--today", Today);

        public Task<Measurement> ColdValidateAsync()
        {
            if (Directory.Exists(Cache)) Directory.Delete(Cache, recursive: true);
            return ValidateAsync();
        }

        public Task<Measurement> ValidateAsync() => ChildRun.RunAsync(Program, "validate", "--root", Root, "--today", Today);
    }
}
