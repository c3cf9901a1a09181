using System.Text;
using Relais.Generator.Cache;
using Relais.Generator.Diagnostics;
using Relais.Generator.Plan;
using Relais.Generator.Write;
using Relais.Model;
using Relais.Theme.Blocks;
using Relais.Theme.Layout;

namespace Relais.Generator.Render;

/// <summary>
/// Stage 5: renders every planned page with the theme, in parallel, checks its links against the
/// plan, and hands the bytes to the writer. Pages are written as they are rendered (the whole
/// site never sits in memory); the writer only makes them visible if the build succeeds.
/// </summary>
public static class RenderPages
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="files">The routes of every file the outputs wrote: links may lead to them, to the pages and to the PDFs.</param>
    /// <param name="reuse">When given, a page whose key is the one the previous build recorded is kept as the
    /// output has it, not rendered (see <see cref="PageReuse"/>).</param>
    public static async Task RunAsync(SitePlan plan, IReadOnlySet<string> files, SiteWriter writer, DiagnosticBag diagnostics, IProgress<int>? progress = null, PageReuse? reuse = null)
    {
        var routes = plan.Pages.Select(p => p.Route).Concat(plan.Pdfs.Select(p => p.Route)).Concat(files).ToHashSet(StringComparer.Ordinal);

        var broken = new List<Diagnostic>();
        var baseUrl = plan.Frame.Settings.BaseUrl;
        SharedMarkup shared;
        await using (var renderer = new PageRenderer())
            shared = await SharedMarkup.RenderAsync(plan.Frame, renderer.RenderToStringAsync);
        var cards = new CardMarkup(MarkupOnlyHtmlEncoder.Instance);
        var done = 0;
        var workers = Math.Max(1, Environment.ProcessorCount);
        var tasks = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            await using var renderer = new PageRenderer((shared, cards));
            var bytes = new byte[256 * 1024];
            for (var i = worker; i < plan.Pages.Count; i += workers)
            {
                var page = plan.Pages[i];
                if (reuse?.TryKeep(page, writer) == true)
                {
                    progress?.Report(Interlocked.Increment(ref done));
                    continue;
                }
                var html = (await renderer.RenderAsync(page.Kind.Component, page.Model)).Span;
                foreach (var link in LinkChecker.Broken(html, routes, baseUrl))
                {
                    var diagnostic = new Diagnostic(DiagnosticCatalog.BrokenLink, page.Source ?? SourceSpan.StartOf(page.OutputPath), null,
                        $"la page {page.Route} contient un lien vers « {link} », qui ne mène à aucune page du site : corrigez le lien.");
                    lock (broken) broken.Add(diagnostic);
                }
                if (BasePath.IsRoot(baseUrl))
                {
                    // Encoded straight from the render buffer into a reused one: no string, no array per page.
                    if (Utf8.GetMaxByteCount(html.Length) > bytes.Length) bytes = new byte[Utf8.GetMaxByteCount(html.Length)];
                    writer.Write(page.OutputPath, bytes.AsSpan(0, Utf8.GetBytes(html, bytes)));
                }
                else writer.Write(page.OutputPath, Utf8.GetBytes(BasePath.Apply(html.ToString(), baseUrl)));
                progress?.Report(Interlocked.Increment(ref done));
            }
        })).ToList();
        await Task.WhenAll(tasks);
        diagnostics.AddRange(broken.OrderBy(d => d.Span.File, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal));
    }
}
