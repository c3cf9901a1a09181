using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record WorkshopPageModel(
    PageMeta Meta, SiteFrame Site,
    Workshop Workshop, Html Programme, string CalendarRoute) : PageModel(Meta, Site);
