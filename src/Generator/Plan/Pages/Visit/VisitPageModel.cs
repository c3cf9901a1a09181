using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record VisitPageModel(
    PageMeta Meta, SiteFrame Site,
    Visit Visit, Html TourDescription,
    Printable? Poster, Printable? Sheet, string CalendarRoute) : PageModel(Meta, Site);
