using System.Globalization;
using System.Text;

namespace Relais.Benchmarks;

/// <summary>The comparison's figures as Markdown tables, ready for BENCHMARKS.md.</summary>
public static class Report
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Figures(IReadOnlyDictionary<string, Measurement> runs, OutputCensus ours, OutputCensus? hugo)
    {
        var table = new StringBuilder("| figure | Relais | Hugo | Relais / Hugo | goal | met |\n|---|---:|---:|---:|---|---|\n");
        Measurement? Hugo(string name) => runs.GetValueOrDefault("hugo " + name);
        void Row(string figure, string ours, string? hugo, double? ratio, string goal, bool? met) =>
            table.Append(Inv, $"| {figure} | {ours} | {hugo ?? "—"} | {(ratio is { } r ? r.ToString("0.00", Inv) : "—")} | {goal} | {(met is { } m ? (m ? "yes" : "**no**") : "")} |\n");
        void Time(string figure, string name, string goal, Func<Measurement, Measurement?, bool?> met)
        {
            var m = runs[name];
            var h = Hugo(name);
            Row($"{figure}, wall", Seconds(m.Wall), h is null ? null : Seconds(h.Wall), h is null ? null : m.Wall / h.Wall, goal, met(m, h));
            Row($"{figure}, CPU (user + system)", Seconds(m.Cpu), h is null ? null : Seconds(h.Cpu), h is null ? null : m.Cpu / h.Cpu, "", null);
        }

        Time("clean build", "clean build", "≤ ¼ of Hugo's", (m, h) => h is null ? null : m.Wall <= h.Wall / 4);
        var clean = runs["clean build"];
        var hugoClean = Hugo("clean build");
        Row("clean build, peak RSS", MiB(clean), hugoClean is null ? null : MiB(hugoClean), hugoClean is null ? null : clean.PeakRssMiB / hugoClean.PeakRssMiB,
            "≤ ⅓ of Hugo's", hugoClean is null ? null : clean.PeakRssMiB <= hugoClean.PeakRssMiB / 3);
        Time("rebuild, nothing changed", "rebuild, nothing changed", "< 3 s", (m, _) => m.Wall.TotalSeconds < 3);
        Time("rebuild, one place changed", "rebuild, one place changed", "< 3 s", (m, _) => m.Wall.TotalSeconds < 3);
        foreach (var name in new[] { "validate, cache deleted", "validate, cache kept" })
        {
            Row($"{name}, wall", Seconds(runs[name].Wall), null, null, "< 3 s", runs[name].Wall.TotalSeconds < 3);
            Row($"{name}, peak RSS", MiB(runs[name]), null, null, "", null);
        }
        Row("pages (HTML files)", ours.Pages.ToString("N0", Inv), hugo?.Pages.ToString("N0", Inv), hugo is null ? null : (double)ours.Pages / hugo.Pages, "", null);
        Row("output files", ours.Files.ToString("N0", Inv), hugo?.Files.ToString("N0", Inv), hugo is null ? null : (double)ours.Files / hugo.Files, "", null);
        Row("output bytes", Size(ours.Bytes), hugo is null ? null : Size(hugo.Bytes), hugo is null ? null : (double)ours.Bytes / hugo.Bytes, "", null);
        Row("output bytes gzipped (estimate)", Size(ours.GzipBytes), hugo is null ? null : Size(hugo.GzipBytes), hugo is null ? null : (double)ours.GzipBytes / hugo.GzipBytes, "", null);
        return table.ToString();
    }

    public static string Census(string title, OutputCensus census)
    {
        var table = new StringBuilder($"{title}:\n\n| kind | files | bytes | gzip bytes (estimate) | bytes per file | gzip per file |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var k in census.Kinds)
            table.Append(Inv, $"| {k.Kind} | {k.Files:N0} | {Size(k.Bytes)} | {Size(k.GzipBytes)} | {Size(k.Bytes / k.Files)} | {Size(k.GzipBytes / k.Files)} |\n");
        table.Append(Inv, $"| **total** | {census.Files:N0} | {Size(census.Bytes)} | {Size(census.GzipBytes)} | | |\n");
        return table.ToString();
    }

    public static string Scaling(IReadOnlyList<(double Share, int Pages, Measurement Build)> points)
    {
        // The marginal cost (from the previous size) leaves out what a build costs whatever its size (start, JIT, assets).
        var table = new StringBuilder("Scaling (clean builds):\n\n| share of the country | pages | wall | ms per page, wall | ms per page, CPU | ms per added page, CPU | peak RSS |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (var i = 0; i < points.Count; i++)
        {
            var (share, pages, build) = points[i];
            var marginal = i == 0 || pages == points[i - 1].Pages ? "" : ((build.Cpu - points[i - 1].Build.Cpu).TotalMilliseconds / (pages - points[i - 1].Pages)).ToString("0.00", Inv);
            table.Append(Inv, $"| {share:P1} | {pages:N0} | {Seconds(build.Wall)} | {build.Wall.TotalMilliseconds / pages:0.00} | {build.Cpu.TotalMilliseconds / pages:0.00} | {marginal} | {MiB(build)} |\n");
        }
        var first = points[0];
        var last = points[^1];
        table.Append(Inv, $"\nTime per page, largest against smallest: {last.Build.Wall.TotalMilliseconds / last.Pages / (first.Build.Wall.TotalMilliseconds / first.Pages):0.00}× wall, "
            + $"{last.Build.Cpu.TotalMilliseconds / last.Pages / (first.Build.Cpu.TotalMilliseconds / first.Pages):0.00}× CPU (flat is 1; quadratic work would be about {(double)last.Pages / first.Pages:0}×).\n");
        return table.ToString();
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.00 's'", Inv);

    private static string MiB(Measurement m) => m.PeakRssMiB.ToString("N0", Inv) + " MiB";

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => (bytes / (double)(1L << 30)).ToString("0.00 'GiB'", Inv),
        >= 1L << 20 => (bytes / (double)(1L << 20)).ToString("0.0 'MiB'", Inv),
        >= 1L << 10 => (bytes / 1024.0).ToString("0.0 'KiB'", Inv),
        _ => bytes.ToString(Inv) + " B",
    };
}
