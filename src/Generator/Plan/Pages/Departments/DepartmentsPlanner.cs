using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The list of departments, way in to the A–Z of communes without JavaScript.</summary>
public static class DepartmentsPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        yield return new(new DepartmentsPageModel(
            Meta("Communes par département", "Choisissez votre département puis votre commune pour voir l'aide au numérique la plus proche.", Routes.Departments, DepartmentsCrumb),
            context.Frame, context.Departments));
    }
}
