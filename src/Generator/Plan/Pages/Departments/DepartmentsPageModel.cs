using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record DepartmentsPageModel(PageMeta Meta, SiteFrame Site, IReadOnlyList<DepartmentSummary> Departments) : PageModel(Meta, Site);
