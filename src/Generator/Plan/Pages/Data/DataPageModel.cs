using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record DataPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<Tour> Tours) : PageModel(Meta, Site);
