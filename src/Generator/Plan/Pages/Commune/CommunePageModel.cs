using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record CommunePageModel(
    PageMeta Meta, SiteFrame Site, CommuneOffers Offers, Department Department,
    MapImage Map, Printable? Poster, string CalendarRoute) : PageModel(Meta, Site);
