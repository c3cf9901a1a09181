using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record TourPageModel(
    PageMeta Meta, SiteFrame Site, Tour Tour, Html Description, IReadOnlyList<Visit> Upcoming, IReadOnlyList<Visit> Past,
    string CalendarRoute) : PageModel(Meta, Site);
