using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>The A4 poster of a commune: its upcoming visits and nearby workshops.</summary>
public sealed record CommunePosterPageModel(
    PageMeta Meta, SiteFrame Site, Commune Commune,
    IReadOnlyList<CommuneVisit> Visits, IReadOnlyList<Nearby<Workshop>> Workshops, int MoreOnline,
    Html Qr, Uri PageUrl, string? PdfRoute) : PageModel(Meta, Site);
