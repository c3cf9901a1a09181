using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record NotFoundPageModel(PageMeta Meta, SiteFrame Site) : PageModel(Meta, Site);
