using System.Security.Cryptography;
using Relais.Model;
using Relais.Model.Pages;
using Relais.Model.Resolved;

namespace Relais.Generator.Plan;

/// <summary>
/// Stage 4: decides every page of the site, its URL (from <see cref="Routes"/> only) and its model.
/// Split by concern across PlanPages.*.cs files.
/// </summary>
public static partial class PlanPages
{
    public static SitePlan Run(ResolvedSite site, IReadOnlyList<(string Name, byte[] Bytes)> assets)
    {
        var files = assets
            .Select(a => new StaticFile(Routes.Asset(a.Name), Routes.OutputPath(Routes.Asset(a.Name)), a.Bytes))
            .ToList();
        var frame = Frame(site, files);
        var pages = new List<PagePlan>();
        pages.Add(Home(site, frame));
        pages.AddRange(Directory(site, frame));
        pages.AddRange(PlacePages(site, frame));
        pages.AddRange(WorkshopPages(site, frame));
        pages.AddRange(TourPages(site, frame));
        pages.Add(Agenda(site, frame));
        pages.AddRange(site.Pages.Select(p => ContentPage(p, frame)));
        pages.Add(NotFound(frame));
        return new SitePlan(frame, pages, files);
    }

    private static SiteFrame Frame(ResolvedSite site, IReadOnlyList<StaticFile> files)
    {
        var menu = new List<Link>
        {
            new("Agenda", Routes.Agenda),
            new("Le bus numérique", Routes.Tours),
            new("Ateliers", Routes.Workshops),
            new("Lieux d'aide", Routes.Places),
        };
        menu.AddRange(site.Pages.Where(p => p.InMenu).OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).Take(2).Select(p => new Link(p.Title, Routes.Page(p))));
        var footer = site.Pages.OrderBy(p => p.Order).ThenBy(p => p.Slug, StringComparer.Ordinal).Select(p => new Link(p.Title, Routes.Page(p))).ToList();
        return new SiteFrame(site.Settings, menu, footer, site.Today, Versioned(files, "site.css"), Versioned(files, "site.js"));
    }

    /// <summary>« /assets/site.css?v=1a2b3c4d »: a changed file gets a new URL, so browsers never keep a stale one.</summary>
    private static string Versioned(IReadOnlyList<StaticFile> files, string name)
    {
        var file = files.Single(f => f.Route == Routes.Asset(name));
        return $"{file.Route}?v={Convert.ToHexStringLower(SHA256.HashData(file.Bytes))[..8]}";
    }

    private static PageMeta Meta(string title, string description, string route, params Link[] breadcrumb) =>
        new(title, description, route, [new Link("Accueil", Routes.Home), .. breadcrumb]);

    private static PagePlan Page(PageKind kind, PageModel model, SourceSpan? source = null) =>
        new(model.Meta.Route, Routes.OutputPath(model.Meta.Route), kind, model, source);

    private static PagePlan ContentPage(InputPage page, SiteFrame frame)
    {
        var route = Routes.Page(page);
        var meta = Meta(page.Title, page.Description ?? page.Title, route, new Link(page.Title, route));
        return Page(PageKind.Content, new ContentPageModel(meta, frame, EditorMarkdown.ToHtml(page.BodyMarkdown)), page.Source);
    }

    private static PagePlan NotFound(SiteFrame frame)
    {
        // A breadcrumb like every page but home: the way back to the home page is its first link.
        var meta = Meta("Page introuvable", "Cette adresse ne correspond à aucune page du site.", Routes.NotFound, new Link("Page introuvable", Routes.NotFound));
        return Page(PageKind.NotFound, new NotFoundPageModel(meta, frame));
    }
}
