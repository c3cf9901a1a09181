using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record HomePageModel(
    PageMeta Meta, SiteFrame Site,
    IReadOnlyList<DepartmentSummary> Departments,
    IReadOnlyList<Visit> NextVisits,
    IReadOnlyList<Workshop> StartingWorkshops,
    int PlaceCount) : PageModel(Meta, Site);
