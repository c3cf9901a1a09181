using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>The A4 poster of a bus visit.</summary>
public sealed record VisitPosterPageModel(PageMeta Meta, SiteFrame Site, Visit Visit, Html Qr, Uri PageUrl, string? PdfRoute) : PageModel(Meta, Site);
