using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record ContentPageModel(PageMeta Meta, SiteFrame Site, Html Body) : PageModel(Meta, Site);
