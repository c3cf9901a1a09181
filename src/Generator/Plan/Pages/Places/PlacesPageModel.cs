using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record PlacesPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<IndexGroup<Place>> Groups) : PageModel(Meta, Site);
