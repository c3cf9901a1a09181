using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record WorkshopsPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<IndexGroup<Workshop>> Groups) : PageModel(Meta, Site);
