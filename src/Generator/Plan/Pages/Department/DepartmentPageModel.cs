using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>A commune in a department's A–Z list, with a hint of what is there.</summary>
public sealed record CommuneEntry(Commune Commune, int OwnPlaces, Visit? NextVisit);

public sealed record DepartmentPageModel(PageMeta Meta, SiteFrame Site, Department Department, IReadOnlyList<CommuneEntry> Communes) : PageModel(Meta, Site);
