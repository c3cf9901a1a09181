using System.Diagnostics;
using Relais.Benchmarks;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Plan;
using Relais.Generator.Render;
using Relais.Generator.Resolve;
using Relais.Generator.Validate;
using Relais.Generator.Write;
using Relais.Theme;

// Whole-France build, stage by stage: wall time and memory. Usage:
//   dotnet run -c Release --project benchmarks/Generator.Benchmarks [-- PLACES STOPS WORKSHOPS]
var repo = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(repo, "Relais.slnx"))) repo = Path.GetDirectoryName(repo) ?? throw new InvalidOperationException("Run from the repository.");
var reference = Path.GetFullPath(Path.Combine(repo, "..", "shared", "data", "communes-france.csv"));
if (!File.Exists(reference))
{
    Console.Error.WriteLine($"The reference commune list is needed: {reference} is missing.");
    return 2;
}
var places = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
var stops = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5_000;
var workshops = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2_000;

var root = Path.Combine(Path.GetTempPath(), "relais-bench");
if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
var size = FranceSite.Write(reference, root, places, stops, workshops);
Console.WriteLine($"Site: {size.Communes:N0} communes, {size.Places:N0} places, {size.Stops:N0} stops, {size.Workshops:N0} workshops; {Environment.ProcessorCount} cores.");

var today = new DateOnly(2026, 11, 24);
var output = Path.Combine(root, "output");
for (var run = 1; run <= 2; run++)
{
    var total = Stopwatch.StartNew();
    var stage = Stopwatch.StartNew();
    var diagnostics = new DiagnosticBag();
    var lines = new List<string>();
    void Lap(string name)
    {
        lines.Add($"  {name,-10} {stage.Elapsed.TotalSeconds,6:0.00} s");
        stage.Restart();
    }

    var loaded = LoadContent.Run(root, diagnostics); Lap("load");
    var validated = ValidateContent.Run(loaded, today, diagnostics); Lap("validate");
    if (validated is null)
    {
        foreach (var d in diagnostics.Sorted().Where(d => d.IsError).Take(10)) Console.Error.WriteLine(d);
        return 1;
    }
    var resolved = ResolveOffers.Run(validated, today); Lap("resolve");
    var plan = PlanPages.Run(resolved, PageComponents.Assets()); Lap("plan");
    using (var writer = SiteWriter.Begin(output))
    {
        await RenderPages.RunAsync(plan, writer, diagnostics); Lap("render");
        var report = writer.Commit(); Lap("write");
        lines.Add($"  files: {report.Written:N0} written, {report.Unchanged:N0} unchanged, {report.Removed:N0} removed");
    }
    var bytes = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
    Console.WriteLine($"Run {run}: {total.Elapsed.TotalSeconds:0.0} s for {plan.Pages.Count:N0} pages ({bytes / 1024.0 / 1024.0:0} MiB), {diagnostics.Items.Count(d => d.IsError)} errors, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MiB");
    foreach (var line in lines) Console.WriteLine(line);
}
return 0;
