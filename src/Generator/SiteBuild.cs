using System.Diagnostics;
using Relais.Generator.Cache;
using Relais.Generator.Diagnostics;
using Relais.Generator.Interop;
using Relais.Generator.Load;
using Relais.Generator.Outputs;
using Relais.Generator.Plan;
using Relais.Generator.Render;
using Relais.Generator.Resolve;
using Relais.Generator.Validate;
using Relais.Generator.Write;
using Relais.Theme;

namespace Relais.Generator;

/// <summary>What a successful build did, and how long each stage took.</summary>
public sealed record BuildReport(
    IReadOnlyDictionary<PageKind, int> PagesByKind, int Pdfs, WriteReport Files, TimeSpan Elapsed,
    IReadOnlyList<(string Stage, TimeSpan Time)> Stages)
{
    /// <summary>Nothing changed since the last build of this output: it was checked, not rebuilt.</summary>
    public bool Reused { get; init; }

    /// <summary>Pages kept from the previous output, unrendered, their cache key unchanged.</summary>
    public int PagesKept { get; init; }

    /// <summary>PDFs kept from the previous output, unprinted, their page kept.</summary>
    public int PdfsKept { get; init; }
}

/// <summary>What to build beyond the pages.</summary>
public sealed record BuildOptions(bool Pdf = false);

/// <summary>The pipeline. The order of the calls below is the order of execution.</summary>
public static class SiteBuild
{
    /// <summary>
    /// Checks the content as <see cref="Validate(string, DateOnly?, DiagnosticBag)"/> does, or replays what
    /// the last validation found when nothing it depends on changed since. True when there are no errors.
    /// </summary>
    public static bool ValidateOrReplay(string root, DateOnly? today, DiagnosticBag diagnostics)
    {
        var cache = BuildCache.Open(root, Path.Combine(root, ContentLayout.Output), today);
        if (cache.UnchangedValidation() is { } replayed)
        {
            diagnostics.AddRange(replayed);
            return !diagnostics.HasErrors;
        }
        var found = new DiagnosticBag();
        Validate(root, today, found);
        cache.SaveValidation(found.Items);
        diagnostics.AddRange(found.Items);
        return !diagnostics.HasErrors;
    }

    /// <summary>Checks the content as the build does, writing nothing; null when it has errors.</summary>
    /// <param name="today">--today, or null for the date in the site's time zone (statiq.json).</param>
    public static ValidatedSite? Validate(string root, DateOnly? today, DiagnosticBag diagnostics)
    {
        var validated = Validate(root, today, diagnostics, new StageClock());
        if (validated is null || validated.Redirects.Count == 0) return validated;
        // Whether a redirect's old address is still a page, and whether it leads to one, is known once
        // the pages are planned: the site is planned (not rendered) for it, as the build would.
        var resolved = ResolveOffers.Run(validated, validated.Today);
        RedirectAddresses.Check(resolved.Redirects, PlanPages.Run(resolved, ThemeAssets.Assets(), new PlanOptions(Pdf: false)), diagnostics);
        return diagnostics.HasErrors ? null : validated;
    }

    private static ValidatedSite? Validate(string root, DateOnly? today, DiagnosticBag diagnostics, StageClock clock)
    {
        var loaded = LoadContent.Run(root, diagnostics);
        clock.Lap("load");
        var validated = ValidateContent.Run(loaded, today, diagnostics);
        clock.Lap("validate");
        return validated;
    }

    /// <summary>Builds the site into <paramref name="output"/>; null when content or links had errors,
    /// in which case the previous output is left as it was.</summary>
    /// <param name="log">Where to say, once, that PDFs are skipped for want of Chromium.</param>
    public static async Task<BuildReport?> BuildAsync(
        string root, string output, DateOnly? today, DiagnosticBag diagnostics,
        BuildOptions? options = null, TextWriter? log = null, IProgress<(string Step, int Done, int Total)>? progress = null)
    {
        options ??= new BuildOptions();
        var clock = new StageClock();
        var chromium = options.Pdf ? PdfPrinter.FindChromium() : null;
        if (options.Pdf && chromium is null)
            log?.WriteLine("Chromium est introuvable : le site est construit sans les PDF (installez le paquet chromium, ou indiquez son chemin dans RELAIS_CHROMIUM).");
        var cache = BuildCache.Open(root, output, today, $"pdf:{chromium ?? "-"}");
        clock.Lap("fingerprint");
        if (cache.UnchangedBuild() is { } unchanged && CachedDiagnostic.Restore(unchanged.Diagnostics) is { } replayed)
        {
            diagnostics.AddRange(replayed);
            clock.Lap("cache");
            var pages = unchanged.Pages.ToDictionary(p => PageKinds.All.Single(k => k.Name == p.Kind), p => p.Count);
            return new BuildReport(pages, unchanged.Pdfs, new WriteReport(0, unchanged.Files, 0), clock.Total, clock.Laps) { Reused = true };
        }
        clock.Lap("cache");
        var validated = Validate(root, today, diagnostics, clock);
        if (validated is null) return null;
        var resolved = ResolveOffers.Run(validated, validated.Today);
        clock.Lap("resolve");
        var plan = PlanPages.Run(resolved, ThemeAssets.Assets(), new PlanOptions(Pdf: chromium is not null));
        RedirectAddresses.Check(resolved.Redirects, plan, diagnostics);
        clock.Lap("plan");
        if (diagnostics.HasErrors) return null;
        using var writer = SiteWriter.Begin(output);
        var files = WriteOutputs.Run(new OutputContext(resolved, plan, OutsideCommunes.Read(root)), writer);
        clock.Lap("outputs");
        var reuse = PageReuse.For(cache, plan, writer.Written);
        await RenderPages.RunAsync(plan, files, writer, diagnostics, progress is null ? null : new Progress<int>(done => progress.Report(("Pages", done, plan.Pages.Count))), reuse);
        clock.Lap("render");
        if (diagnostics.HasErrors) return null;
        var pdfsKept = 0;
        if (chromium is not null && plan.Pdfs.Count > 0)
        {
            await using var printer = await PdfPrinter.StartAsync(chromium);
            pdfsKept = await printer.PrintAsync(plan, writer, validated.Today, diagnostics, progress is null ? null : new Progress<int>(done => progress.Report(("PDF", done, plan.Pdfs.Count))), pdf => reuse.WasKept(pdf.PageRoute));
            clock.Lap("pdf");
        }
        cache.ForgetBuild();
        var written = writer.Commit();
        clock.Lap("write");
        var byKind = plan.Pages.GroupBy(p => p.Kind).OrderBy(g => PageKinds.Order(g.Key)).ToDictionary(g => g.Key, g => g.Count());
        cache.SaveBuild(new BuildRecord("", byKind.Select(k => new KindCount(k.Key.Name, k.Value)).ToList(), plan.Pdfs.Count,
            written.Written + written.Unchanged, CachedDiagnostic.Keep(diagnostics.Items)), reuse.Keys, writer.Written, writer.Changed);
        clock.Lap("record");
        return new BuildReport(byKind, plan.Pdfs.Count, written, clock.Total, clock.Laps) { PagesKept = reuse.Kept, PdfsKept = pdfsKept };
    }

    /// <summary>Wall time per stage, for the benchmark and for anyone wondering where a build spends it.</summary>
    private sealed class StageClock
    {
        private readonly Stopwatch _total = Stopwatch.StartNew();
        private readonly Stopwatch _lap = Stopwatch.StartNew();
        private readonly List<(string, TimeSpan)> _laps = [];

        public IReadOnlyList<(string Stage, TimeSpan Time)> Laps => _laps;

        public TimeSpan Total => _total.Elapsed;

        public void Lap(string stage)
        {
            _laps.Add((stage, _lap.Elapsed));
            _lap.Restart();
        }
    }
}
