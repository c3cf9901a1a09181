using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record DepartmentSummary(Department Department, int CommuneCount, int PlaceCount);

public sealed record HomePageModel(
    PageMeta Meta, SiteFrame Site,
    IReadOnlyList<DepartmentSummary> Departments,
    IReadOnlyList<Visit> NextVisits,
    IReadOnlyList<Workshop> StartingWorkshops,
    int PlaceCount) : PageModel(Meta, Site);

public sealed record DepartmentsPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<DepartmentSummary> Departments) : PageModel(Meta, Site);

/// <summary>A commune in a department's A–Z list, with a hint of what is there.</summary>
public sealed record CommuneEntry(Commune Commune, int OwnPlaces, Visit? NextVisit);

public sealed record DepartmentPageModel(PageMeta Meta, SiteFrame Site, Department Department, IReadOnlyList<CommuneEntry> Communes) : PageModel(Meta, Site);

/// <summary>A generated SVG map and its text equivalent.</summary>
public sealed record MapImage(Html Svg, IReadOnlyList<string> Legend);

/// <summary>A printable page's PDF, when the build made PDFs.</summary>
public sealed record Printable(string Route, string? PdfRoute);

public sealed record CommunePageModel(
    PageMeta Meta, SiteFrame Site, CommuneOffers Offers, Department Department, double RadiusKm,
    MapImage Map, Printable? Poster, string CalendarRoute) : PageModel(Meta, Site);

public sealed record PlacePageModel(
    PageMeta Meta, SiteFrame Site,
    Place Place, Commune Commune, Html Detail,
    IReadOnlyList<Workshop> Workshops,
    bool IsStale) : PageModel(Meta, Site);

/// <summary>A department's places or workshops, by commune.</summary>
public sealed record IndexGroup<T>(Department Department, IReadOnlyList<(Commune Commune, IReadOnlyList<T> Items)> Communes);

public sealed record PlacesPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<IndexGroup<Place>> Groups) : PageModel(Meta, Site);

public sealed record WorkshopPageModel(
    PageMeta Meta, SiteFrame Site,
    Workshop Workshop, Place Organiser, Commune Commune, Html Programme, string CalendarRoute) : PageModel(Meta, Site);

public sealed record WorkshopsPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<IndexGroup<Workshop>> Groups) : PageModel(Meta, Site);

public sealed record ToursPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<(Tour Tour, IReadOnlyList<Visit> Upcoming)> Tours) : PageModel(Meta, Site);

public sealed record TourPageModel(
    PageMeta Meta, SiteFrame Site, Tour Tour, Html Description, IReadOnlyList<Visit> Upcoming, IReadOnlyList<Visit> Past,
    string CalendarRoute) : PageModel(Meta, Site);

public sealed record VisitPageModel(
    PageMeta Meta, SiteFrame Site,
    Visit Visit, Html TourDescription, NextSteps NextSteps, bool IsPast,
    Printable? Poster, Printable? Sheet, string CalendarRoute, Visit? NextVisitHere) : PageModel(Meta, Site);

/// <summary>The A4 poster of a bus visit.</summary>
public sealed record VisitPosterPageModel(PageMeta Meta, SiteFrame Site, Visit Visit, Html Qr, Uri PageUrl, string? PdfRoute) : PageModel(Meta, Site);

/// <summary>The A4 poster of a commune: its upcoming visits and nearby workshops.</summary>
public sealed record CommunePosterPageModel(
    PageMeta Meta, SiteFrame Site, Commune Commune,
    IReadOnlyList<Nearby<Visit>> Visits, IReadOnlyList<Nearby<Workshop>> Workshops, int MoreOnline,
    Html Qr, Uri PageUrl, string? PdfRoute) : PageModel(Meta, Site);

/// <summary>The A4 « after the bus » sheet handed out at the end of a visit.</summary>
public sealed record NextStepsSheetPageModel(
    PageMeta Meta, SiteFrame Site, Visit Visit,
    IReadOnlyList<Nearby<Place>> Places, IReadOnlyList<Nearby<Workshop>> Workshops, MapImage Map,
    Html Qr, Uri CommuneUrl, string? PdfRoute) : PageModel(Meta, Site);

/// <summary>A commune far from help: how many live there, how far the nearest place is, whether the bus comes near.</summary>
public sealed record CoverageRow(Commune Commune, Department Department, Nearby<Place>? Nearest, Nearby<Visit>? NextVisit);

/// <summary>For coordinators and funders: which communes are far from any offer.</summary>
public sealed record CoveragePageModel(
    PageMeta Meta, SiteFrame Site, double RadiusKm,
    int Communes, int CoveredCommunes, long Population, long CoveredPopulation,
    IReadOnlyList<CoverageRow> Uncovered) : PageModel(Meta, Site)
{
    public int UncoveredCount => Communes - CoveredCommunes;
}

/// <summary>The interactive map: filters and the list are built by the script from the map data.</summary>
public sealed record MapPageModel(PageMeta Meta, SiteFrame Site) : PageModel(Meta, Site);

public sealed record DataPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<Tour> Tours) : PageModel(Meta, Site);

/// <summary>One line of the agenda: a bus visit or a workshop session.</summary>
public sealed record AgendaEntry(DateOnly Date, string Title, string Route, string Where, string When, bool IsCancelled);

public sealed record AgendaMonth(DateOnly FirstDay, IReadOnlyList<AgendaEntry> Entries);

/// <summary>
/// The agenda: for a department, everything to come, month by month; for the whole site (no
/// department), the next days and the list of department agendas.
/// </summary>
public sealed record AgendaPageModel(
    PageMeta Meta, SiteFrame Site, Department? Department, IReadOnlyList<AgendaMonth> Months,
    IReadOnlyList<(Department Department, int Entries)> Departments, int NextDays) : PageModel(Meta, Site);

public sealed record ContentPageModel(PageMeta Meta, SiteFrame Site, Html Body) : PageModel(Meta, Site);

public sealed record NotFoundPageModel(PageMeta Meta, SiteFrame Site) : PageModel(Meta, Site);
