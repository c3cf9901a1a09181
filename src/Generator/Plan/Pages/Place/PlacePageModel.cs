using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record PlacePageModel(
    PageMeta Meta, SiteFrame Site,
    Place Place, Html Detail,
    IReadOnlyList<Workshop> Workshops) : PageModel(Meta, Site);
