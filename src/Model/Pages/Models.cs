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

public sealed record CommunePageModel(PageMeta Meta, SiteFrame Site, CommuneOffers Offers, Department Department, double RadiusKm) : PageModel(Meta, Site);

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
    Workshop Workshop, Place Organiser, Commune Commune, Html Programme) : PageModel(Meta, Site);

public sealed record WorkshopsPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<IndexGroup<Workshop>> Groups) : PageModel(Meta, Site);

public sealed record ToursPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<(Tour Tour, IReadOnlyList<Visit> Upcoming)> Tours) : PageModel(Meta, Site);

public sealed record TourPageModel(PageMeta Meta, SiteFrame Site, Tour Tour, Html Description, IReadOnlyList<Visit> Upcoming, IReadOnlyList<Visit> Past) : PageModel(Meta, Site);

public sealed record VisitPageModel(
    PageMeta Meta, SiteFrame Site,
    Visit Visit, Html TourDescription, NextSteps NextSteps, bool IsPast) : PageModel(Meta, Site);

/// <summary>One line of the agenda: a bus visit or a workshop session.</summary>
public sealed record AgendaEntry(DateOnly Date, string Title, string Route, string Where, string When, bool IsCancelled);

public sealed record AgendaMonth(DateOnly FirstDay, IReadOnlyList<AgendaEntry> Entries);

public sealed record AgendaPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<AgendaMonth> Months) : PageModel(Meta, Site);

public sealed record ContentPageModel(PageMeta Meta, SiteFrame Site, Html Body) : PageModel(Meta, Site);

public sealed record NotFoundPageModel(PageMeta Meta, SiteFrame Site) : PageModel(Meta, Site);
