using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record ToursPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<(Tour Tour, IReadOnlyList<Visit> Upcoming)> Tours) : PageModel(Meta, Site);
