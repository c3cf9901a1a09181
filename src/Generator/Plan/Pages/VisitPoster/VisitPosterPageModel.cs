using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>The A4 poster of a bus visit.</summary>
/// <param name="PageUrl">The visit page, which the QR code gives.</param>
/// <param name="ShortUrl">Its short address, printed: it fits on one line and is typed without a slip.</param>
public sealed record VisitPosterPageModel(PageMeta Meta, SiteFrame Site, VisitGroup Group, DeferredHtml Qr, Uri PageUrl, Uri ShortUrl, string? PdfRoute) : PageModel(Meta, Site)
{
    /// <summary>The next date; a recurring stop's poster lists the next ones.</summary>
    public Visit Visit => Group.Lead;
}
