using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Relais.Benchmarks;
using Relais.Generator;
using Relais.Generator.Diagnostics;

// Whole-France build: wall time per stage, memory, output size. Usage:
//   dotnet run -c Release --project benchmarks/Generator.Benchmarks [-- PLACES STOPS WORKSHOPS]
// Whole-France validate alone (three runs, as `relais validate` does it):
//   dotnet run -c Release --project benchmarks/Generator.Benchmarks -- validate [PLACES STOPS WORKSHOPS]
// Import of a hub's CSV the size of a national export:
//   dotnet run -c Release --project benchmarks/Generator.Benchmarks -- import [ROWS]
// The coordinators' figures alone (distance bands and next stops over every commune), three runs:
//   dotnet run -c Release --project benchmarks/Generator.Benchmarks -- coverage [PLACES STOPS WORKSHOPS]
// Our CLI against Hugo, one child process per run, and the scaling (see BENCHMARKS.md):
//   dotnet run -c Release --project benchmarks/Generator.Benchmarks -- compare [--scale 0.25]
var repo = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(repo, "Relais.slnx"))) repo = Path.GetDirectoryName(repo) ?? throw new InvalidOperationException("Run from the repository.");
var reference = Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", "communes-france.csv"));
if (!File.Exists(reference))
{
    Console.Error.WriteLine($"The reference commune list is needed: {reference} is missing.");
    return 2;
}
if (args is ["compare", ..]) return await Comparison.RunAsync(repo, reference, args[1..]);
if (args is ["import", ..]) return ImportBenchmark.Run(reference, args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000);
var validateOnly = args is ["validate", ..];
var coverageOnly = args is ["coverage", ..];
if (validateOnly || coverageOnly) args = args[1..];
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], CultureInfo.InvariantCulture) : fallback;

var root = Path.Combine(Path.GetTempPath(), "relais-bench");
if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
var size = FranceSite.Write(reference, root, Arg(0, 20_000), Arg(1, 5_000), Arg(2, 2_000));
Console.WriteLine($"Site: {size.Communes.Count:N0} communes, {size.Places.Count:N0} places, {size.Stops.Count:N0} stops, {size.Workshops.Count:N0} workshops; {Environment.ProcessorCount} cores.");

if (coverageOnly)
{
    var validated = SiteBuild.Validate(root, new DateOnly(2026, 11, 24), new DiagnosticBag()) ?? throw new InvalidOperationException("The benchmark site does not validate.");
    var resolved = Relais.Generator.Resolve.ResolveOffers.Run(validated, validated.Today);
    for (var run = 1; run <= 3; run++)
    {
        var clock = Stopwatch.StartNew();
        var (reach, whole, _) = Relais.Generator.Resolve.CoverageBands.Run(resolved.Communes, resolved.Places, resolved.Workshops.Where(w => !w.IsOver).ToList(), resolved.Visits,
            resolved.Settings.CoverageBandsKm, resolved.Today);
        var bands = clock.Elapsed;
        var next = Relais.Generator.Resolve.NextStops.Run(reach, resolved.Visits, 1, 1, resolved.Today);
        var ranked = clock.Elapsed;
        var followUp = Relais.Generator.Resolve.FollowUps.Run(resolved.Visits, new Relais.Generator.Resolve.GeoIndex<Relais.Model.Place>(resolved.Places, p => p.Location),
            resolved.Workshops, resolved.Settings.NearbyRadiusKm);
        Console.WriteLine($"coverage {run}: distance to 5 kinds of help and any for {reach.Count:N0} communes in {bands.TotalSeconds:0.00} s, "
            + $"{next.Count:N0} communes ranked in {(ranked - bands).TotalSeconds:0.00} s more; beyond {whole.Beyond[^1].Km} km: {whole.Beyond[^1].Communes:N0} communes; "
            + $"follow-up of {followUp.Whole.PastVisits:N0} past visits in {(clock.Elapsed - ranked).TotalSeconds:0.00} s ({followUp.Whole.WithoutFollowUp:N0} without)");
    }
    return 0;
}

if (validateOnly)
{
    for (var run = 1; run <= 3; run++)
    {
        var diagnostics = new DiagnosticBag();
        var process = Process.GetCurrentProcess();
        var (user, system) = (process.UserProcessorTime, process.PrivilegedProcessorTime);
        var clock = Stopwatch.StartNew();
        SiteBuild.Validate(root, new DateOnly(2026, 11, 24), diagnostics);
        process.Refresh();
        Console.WriteLine($"validate {run}: {clock.Elapsed.TotalSeconds:0.00} s wall, {(process.UserProcessorTime - user).TotalSeconds:0.0} s user, {(process.PrivilegedProcessorTime - system).TotalSeconds:0.0} s system, "
            + $"{diagnostics.Sorted().Count(d => d.IsError)} errors, peak working set {process.PeakWorkingSet64 / 1024 / 1024:N0} MiB");
    }
    return 0;
}

var output = Path.Combine(root, "output");
for (var run = 1; run <= 2; run++)
{
    var diagnostics = new DiagnosticBag();
    var process = Process.GetCurrentProcess();
    var (user, system) = (process.UserProcessorTime, process.PrivilegedProcessorTime);
    var report = await SiteBuild.BuildAsync(root, output, new DateOnly(2026, 11, 24), diagnostics);
    if (report is null)
    {
        foreach (var d in diagnostics.Sorted().Where(d => d.IsError).Take(10)) Console.Error.WriteLine(d);
        return 1;
    }
    var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
    Console.WriteLine($"Run {run}: {report.Elapsed.TotalSeconds:0.0} s for {report.PagesByKind.Values.Sum():N0} pages and {files.Count:N0} files ({files.Sum(f => f.Length) / 1024.0 / 1024.0:0} MiB), peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MiB");
    process.Refresh();
    // Wall time on a virtual disk varies by ±10 s from run to run; CPU time, split, says where it went.
    Console.WriteLine($"  CPU: {(process.UserProcessorTime - user).TotalSeconds:0} s user, {(process.PrivilegedProcessorTime - system).TotalSeconds:0} s system (file creation, memory)");
    foreach (var (stage, time) in report.Stages) Console.WriteLine($"  {stage,-9} {time.TotalSeconds,6:0.00} s");
    Console.WriteLine($"  files: {report.Files.Written:N0} written, {report.Files.Unchanged:N0} unchanged, {report.Files.Removed:N0} removed");
    if (run == 1)
    {
        var communePages = files.Where(f => f.FullName.Contains("/communes/", StringComparison.Ordinal) && f.Name == "index.html" && !f.FullName.Contains("/affiche/", StringComparison.Ordinal)).ToList();
        Console.WriteLine($"  commune pages: {communePages.Average(f => f.Length) / 1024:0.0} KiB on average, {communePages.Max(f => f.Length) / 1024:0.0} KiB at most (before compression)");
        var pieces = files.Where(f => f.FullName.Contains("/donnees/recherche/", StringComparison.Ordinal)).Select(f => Gzip(f.FullName)).ToList();
        Console.WriteLine($"  search index: {pieces.Count} pieces, largest {pieces.Max() / 1024.0:0.0} KiB gzipped");
    }
}
return 0;

static long Gzip(string path)
{
    using var memory = new MemoryStream();
    using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(File.ReadAllBytes(path));
    return memory.Length;
}
