using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>The interactive map: filters and the list are built by the script from the map data.</summary>
public sealed record MapPageModel(PageMeta Meta, SiteFrame Site) : PageModel(Meta, Site);
