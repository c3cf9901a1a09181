using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>The A4 poster of a bus visit.</summary>
public sealed record VisitPosterPageModel(PageMeta Meta, SiteFrame Site, VisitGroup Group, Html Qr, Uri PageUrl, string? PdfRoute) : PageModel(Meta, Site)
{
    /// <summary>The next date; a recurring stop's poster lists the next ones.</summary>
    public Visit Visit => Group.Lead;
}
