using System.Security.Cryptography;
using Relais.Generator.Interop;
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
    public static SitePlan Run(ResolvedSite site, IReadOnlyList<(string Name, byte[] Bytes)> assets, PlanOptions options)
    {
        var files = assets
            .Select(a => new StaticFile(Routes.Asset(a.Name), Routes.OutputPath(Routes.Asset(a.Name)), a.Bytes))
            .ToList();
        var frame = Frame(site, files);
        var context = new PlanContext(site, frame, options, files);
        var pages = new List<PagePlan>();
        pages.Add(Home(site, frame));
        pages.AddRange(Directory(context));
        pages.AddRange(PlacePages(site, frame));
        pages.AddRange(WorkshopPages(context));
        pages.AddRange(TourPages(context));
        pages.AddRange(Agenda(site, frame));
        pages.Add(DataPage(site, frame));
        pages.Add(MapPage(frame));
        pages.Add(CoveragePage(site, frame));
        pages.AddRange(site.Pages.Select(p => ContentPage(p, frame)));
        pages.Add(NotFound(frame));
        files.AddRange(Feeds(context));
        files.AddRange(SearchIndexes(site));
        files.Add(MapData(site));
        files.AddRange(OpenData(site, frame));
        files.AddRange(NearbyIndexes(site));
        files.AddRange(SiteIndexes(frame, pages));
        var pdfs = options.Pdf
            ? pages.Where(p => p.Kind is PageKind.VisitPoster or PageKind.CommunePoster or PageKind.NextStepsSheet)
                .Select(p => new PdfPlan(p.Route, Routes.Pdf(p.Route), Routes.OutputPath(Routes.Pdf(p.Route))))
                .ToList()
            : [];
        return new SitePlan(frame, pages, files, pdfs);
    }

    /// <summary>What the planning methods share; files grow as calendars are planned beside pages.</summary>
    private sealed record PlanContext(ResolvedSite Site, SiteFrame Frame, PlanOptions Options, List<StaticFile> Files)
    {
        /// <summary>A visit's events, made once: each visit is in the calendars of the ~50 communes around it.</summary>
        private readonly System.Collections.Concurrent.ConcurrentDictionary<Visit, IReadOnlyList<CalendarEntry>> _visitEntries = new(ReferenceEqualityComparer.Instance);

        public QrCodes QrCodes { get; } = new();

        public string? PdfOf(string route) => Options.Pdf ? Routes.Pdf(route) : null;

        public IReadOnlyList<CalendarEntry> VisitEntries(Visit visit) => _visitEntries.GetOrAdd(visit, v => PlanPages.VisitEntries(this, v).ToList());
    }

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

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

    private static PagePlan DataPage(ResolvedSite site, SiteFrame frame)
    {
        var meta = Meta("Données ouvertes et agendas", "Agendas à ajouter à votre téléphone, flux des passages du bus et données ouvertes de l'annuaire.", Routes.Data,
            new Link("Données et agendas", Routes.Data));
        return Page(PageKind.Data, new DataPageModel(meta, frame, site.Tours));
    }

    private static PagePlan NotFound(SiteFrame frame)
    {
        // A breadcrumb like every page but home: the way back to the home page is its first link.
        var meta = Meta("Page introuvable", "Cette adresse ne correspond à aucune page du site.", Routes.NotFound, new Link("Page introuvable", Routes.NotFound));
        return Page(PageKind.NotFound, new NotFoundPageModel(meta, frame));
    }
}
