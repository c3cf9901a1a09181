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
public sealed record BuildReport(IReadOnlyDictionary<PageKind, int> PagesByKind, WriteReport Files, TimeSpan Elapsed);

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
    public static async Task<BuildReport?> BuildAsync(string root, string output, DateOnly today, DiagnosticBag diagnostics, IProgress<(int Done, int Total)>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var validated = Validate(root, today, diagnostics);
        if (validated is null) return null;
        var resolved = ResolveOffers.Run(validated, today);
        var plan = PlanPages.Run(resolved, PageComponents.Assets());
        using var writer = SiteWriter.Begin(output);
        await RenderPages.RunAsync(plan, writer, diagnostics, progress is null ? null : new Progress<int>(done => progress.Report((done, plan.Pages.Count))));
        if (diagnostics.HasErrors) return null;
        var files = writer.Commit();
        var byKind = plan.Pages.GroupBy(p => p.Kind).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());
        return new BuildReport(byKind, files, clock.Elapsed);
    }
}
