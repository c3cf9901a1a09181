using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>The A4 « after the bus » sheet handed out at the end of a visit.</summary>
public sealed record NextStepsSheetPageModel(
    PageMeta Meta, SiteFrame Site, Visit Visit,
    IReadOnlyList<Nearby<Place>> Places, IReadOnlyList<Nearby<Workshop>> Workshops, MapImage Map,
    DeferredHtml Qr, Uri CommuneUrl, string? PdfRoute) : PageModel(Meta, Site)
{
    /// <summary>What followed the visit, once it is past (null before, or when it was cancelled): a sheet with no follow-up says so.</summary>
    public VisitFollowUp? FollowUp { get; init; }
}
