using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <param name="VisitPoster">The poster of the commune's next visit (<see cref="CommuneOffers.NextVisit"/>),
/// when that visit has one: the page links it first, as the strongest thing to put on a door.</param>
/// <param name="Poster">The commune's own poster (every upcoming offer nearby).</param>
public sealed record CommunePageModel(
    PageMeta Meta, SiteFrame Site, CommuneOffers Offers, Department Department,
    MapImage Map, Printable? VisitPoster, Printable? Poster, string CalendarRoute) : PageModel(Meta, Site);
