using System.Security.Cryptography;
using Relais.Model;
using Relais.Model.Pages;
using Relais.Model.Resolved;

namespace Relais.Generator.Plan;

/// <summary>
/// Stage 4: every page of the site, its URL (from <see cref="Routes"/> only) and its model, made by
/// the planner of each page kind in <see cref="PageKinds.All"/>.
/// </summary>
public static class PlanPages
{
    public static SitePlan Run(ResolvedSite site, IReadOnlyList<(string Name, byte[] Bytes)> assets, PlanOptions options)
    {
        var files = assets
            .Select(a => new StaticFile(Routes.Asset(a.Name), Routes.OutputPath(Routes.Asset(a.Name)), a.Bytes))
            .ToList();
        var frame = Frame(site, files);
        var context = new PlanContext(site, frame, options);
        var pages = new List<PagePlan>();
        // Kind after kind, in the list's order: the last, redirects, fills the addresses the others left empty.
        foreach (var kind in PageKinds.All)
        {
            foreach (var page in kind.Plan(context))
            {
                var route = page.Model.Meta.Route;
                pages.Add(new PagePlan(route, Routes.OutputPath(route), kind, page.Model, page.Source, page.Identity));
                context.Record(page);
            }
        }
        var pdfs = options.Pdf
            ? pages.Where(p => p.Kind.Printable).Select(p => new PdfPlan(p.Route, Routes.Pdf(p.Route), Routes.OutputPath(Routes.Pdf(p.Route)))).ToList()
            : [];
        return new SitePlan(frame, pages, files, pdfs);
    }

    private static SiteFrame Frame(ResolvedSite site, IReadOnlyList<StaticFile> files)
    {
        var menu = new List<Link>
        {
            new("Agenda", Routes.Agenda),
            new("Le bus numérique", Routes.Tours),
            new("Ateliers", Routes.Workshops),
            new("Lieux d'aide", Routes.Places),
            new("Carte", Routes.Map),
        };
        menu.AddRange(site.Pages.Where(p => p.InMenu).OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).Take(2).Select(p => new Link(p.Title, Routes.Page(p))));
        var footer = site.Pages.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).Select(p => new Link(p.Title, Routes.Page(p))).ToList();
        return new SiteFrame(site.Settings, menu, footer, site.Today, Versioned(files, "site.css"), Versioned(files, "site.js"), Versioned(files, "print.css"));
    }

    /// <summary>« /assets/site.css?v=1a2b3c4d »: a changed file gets a new URL, so browsers never keep a stale one.</summary>
    private static string Versioned(IReadOnlyList<StaticFile> files, string name)
    {
        var file = files.Single(f => f.Route == Routes.Asset(name));
        return $"{file.Route}?v={Convert.ToHexStringLower(SHA256.HashData(file.Bytes))[..8]}";
    }
}
