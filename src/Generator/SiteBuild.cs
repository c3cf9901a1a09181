using System.Diagnostics;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Plan;
using Relais.Generator.Render;
using Relais.Generator.Resolve;
using Relais.Generator.Validate;
using Relais.Generator.Write;
using Relais.Theme;

namespace Relais.Generator;

/// <summary>What a successful build did.</summary>
public sealed record BuildReport(IReadOnlyDictionary<PageKind, int> PagesByKind, int Pdfs, WriteReport Files, TimeSpan Elapsed);

/// <summary>What to build beyond the pages.</summary>
public sealed record BuildOptions(bool Pdf = false);

/// <summary>The pipeline. The order of the calls below is the order of execution.</summary>
public static class SiteBuild
{
    public static ValidatedSite? Validate(string root, DateOnly today, DiagnosticBag diagnostics)
    {
        var loaded = LoadContent.Run(root, diagnostics);
        return ValidateContent.Run(loaded, today, diagnostics);
    }

    /// <summary>Builds the site into <paramref name="output"/>; null when content or links had errors,
    /// in which case the previous output is left as it was.</summary>
    /// <param name="log">Where to say, once, that PDFs are skipped for want of Chromium.</param>
    public static async Task<BuildReport?> BuildAsync(
        string root, string output, DateOnly today, DiagnosticBag diagnostics,
        BuildOptions? options = null, TextWriter? log = null, IProgress<(string Step, int Done, int Total)>? progress = null)
    {
        options ??= new BuildOptions();
        var clock = Stopwatch.StartNew();
        var validated = Validate(root, today, diagnostics);
        if (validated is null) return null;
        var chromium = options.Pdf ? PdfPrinter.FindChromium() : null;
        if (options.Pdf && chromium is null)
            log?.WriteLine("Chromium est introuvable : le site est construit sans les PDF (installez le paquet chromium, ou indiquez son chemin dans RELAIS_CHROMIUM).");
        var resolved = ResolveOffers.Run(validated, today);
        var plan = PlanPages.Run(resolved, PageComponents.Assets(), new PlanOptions(Pdf: chromium is not null));
        using var writer = SiteWriter.Begin(output);
        await RenderPages.RunAsync(plan, writer, diagnostics, progress is null ? null : new Progress<int>(done => progress.Report(("Pages", done, plan.Pages.Count))));
        if (diagnostics.HasErrors) return null;
        if (chromium is not null && plan.Pdfs.Count > 0)
        {
            await using var printer = await PdfPrinter.StartAsync(chromium);
            await printer.PrintAsync(plan, writer, today, diagnostics, progress is null ? null : new Progress<int>(done => progress.Report(("PDF", done, plan.Pdfs.Count))));
        }
        var files = writer.Commit();
        var byKind = plan.Pages.GroupBy(p => p.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        return new BuildReport(byKind, plan.Pdfs.Count, files, clock.Elapsed);
    }
}
