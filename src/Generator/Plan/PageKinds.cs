using Relais.Generator.Plan.Pages;
using Relais.Theme.Pages;

namespace Relais.Generator.Plan;

/// <summary>
/// The site's page kinds, declared once. The build summary, the reserved slugs, the printable pages
/// and the component that renders each model derive from this list; adding a page kind is a folder
/// in Plan/Pages/, a component in theme/Pages/ and a line here (docs/DEVELOPING.md). Pages that only send
/// on (short addresses, redirects) share one component, <see cref="RedirectPage"/>.
/// </summary>
public static class PageKinds
{
    public static System.Collections.ObjectModel.ReadOnlyCollection<PageKind> All { get; } = new List<PageKind>
    {
        new("home", "accueil", "accueils", typeof(HomePage), HomePlanner.Plan, "index"),
        new("departments", "liste des départements", "listes des départements", typeof(DepartmentsPage), DepartmentsPlanner.Plan, "departements"),
        new("department", "département", "départements", typeof(DepartmentPage), DepartmentPlanner.Plan, "departements"),
        new("commune", "commune", "communes", typeof(CommunePage), CommunePlanner.Plan, "communes"),
        new("places", "liste des lieux", "listes des lieux", typeof(PlacesPage), PlacesPlanner.Plan, "lieux"),
        new("place", "lieu", "lieux", typeof(PlacePage), PlacePlanner.Plan, "lieux"),
        new("workshops", "liste des ateliers", "listes des ateliers", typeof(WorkshopsPage), WorkshopsPlanner.Plan, "ateliers"),
        new("workshop", "atelier", "ateliers", typeof(WorkshopPage), WorkshopPlanner.Plan, "ateliers"),
        new("tours", "liste des bus", "listes des bus", typeof(ToursPage), ToursPlanner.Plan, "bus"),
        new("tour", "tournée", "tournées", typeof(TourPage), TourPlanner.Plan, "bus"),
        new("visit", "passage du bus", "passages du bus", typeof(VisitPage), VisitPlanner.Plan, "bus"),
        new("agenda", "agenda", "agendas", typeof(AgendaPage), AgendaPlanner.Plan, "agenda"),
        new("content", "page rédigée", "pages rédigées", typeof(ContentPage), ContentPlanner.Plan),
        new("not-found", "page 404", "pages 404", typeof(NotFoundPage), NotFoundPlanner.Plan, "404"),
        new("visit-poster", "affiche de passage", "affiches de passage", typeof(VisitPosterPage), VisitPosterPlanner.Plan, "bus", Printable: true),
        new("commune-poster", "affiche de commune", "affiches de commune", typeof(CommunePosterPage), CommunePosterPlanner.Plan, "communes", Printable: true),
        new("next-steps-sheet", "fiche « après le bus »", "fiches « après le bus »", typeof(NextStepsSheetPage), NextStepsSheetPlanner.Plan, "bus", Printable: true),
        new("short-address", "adresse courte", "adresses courtes", typeof(RedirectPage), ShortAddressPlanner.Plan, "v", Listed: false),
        new("data", "page des données", "pages des données", typeof(DataPage), DataPlanner.Plan, "donnees"),
        new("map", "carte", "cartes", typeof(MapPage), MapPlanner.Plan, "carte"),
        new("coverage", "page de couverture", "pages de couverture", typeof(CoveragePage), CoveragePlanner.Plan, "couverture"),
        new("coverage-department", "couverture d'un département", "couvertures de département", typeof(CoverageDepartmentPage), CoverageDepartmentPlanner.Plan, "couverture"),
        // Last: it fills the addresses the kinds above left without a page. No segment: an old address may be under any.
        new("redirect", "redirection", "redirections", typeof(RedirectPage), RedirectPlanner.Plan, Listed: false),
    }.AsReadOnly();

    /// <summary>Pages at old addresses (content/redirections.csv) and at addresses the build's day leaves without their page.</summary>
    public static PageKind Redirect { get; } = All.Single(k => k.Name == "redirect");

    /// <summary>First URL segments of files that are not pages (theme assets, sitemap, robots).</summary>
    private static readonly string[] FileSegments = ["assets", "sitemap", "robots"];

    /// <summary>Top-level URL segments the site uses: a hand-written page may not take one.</summary>
    public static IReadOnlyList<string> ReservedSlugs { get; } =
        All.Select(k => k.Segment).OfType<string>().Concat(FileSegments).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The kind's position in the list: the build summary counts kinds in this order.</summary>
    public static int Order(PageKind kind) => All.IndexOf(kind);
}
