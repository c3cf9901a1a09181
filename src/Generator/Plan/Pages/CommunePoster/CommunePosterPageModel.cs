using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>The A4 poster of a commune: its upcoming visits, the nearest places of help and nearby workshops.</summary>
/// <param name="Places">The nearest places of help, as Resolve ranked them (those beyond the radius too: a commune far from everything is told where help is).</param>
public sealed record CommunePosterPageModel(
    PageMeta Meta, SiteFrame Site, Commune Commune,
    IReadOnlyList<CommuneVisit> Visits, IReadOnlyList<Nearby<Place>> Places, IReadOnlyList<Nearby<Workshop>> Workshops, int MoreOnline,
    DeferredHtml Qr, Uri PageUrl, string? PdfRoute) : PageModel(Meta, Site);
