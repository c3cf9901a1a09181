using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>A department's communes from A to Z, each with what is there.</summary>
public static class DepartmentPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        var site = context.Site;
        var placesByCommune = site.Places.GroupBy(p => p.Address.Commune.Code).ToDictionary(g => g.Key, g => g.Count());
        foreach (var department in context.Departments.Select(d => d.Department))
        {
            var route = Routes.Department(department);
            var entries = site.Communes
                .Where(c => c.DepartmentCode == department.Code)
                .OrderBy(c => c.Name, FrenchOrder).ThenBy(c => c.Code.Value, StringComparer.Ordinal)
                .Select(c => new CommuneEntry(c, placesByCommune.GetValueOrDefault(c.Code), site.OffersByCommune[c.Code].NextOwnVisit))
                .ToList();
            yield return new(new DepartmentPageModel(
                Meta($"Communes {department.OfLabel}", $"Les {entries.Count} communes {department.OfLabel} : choisissez la vôtre pour voir l'aide au numérique la plus proche.", route,
                    DepartmentsCrumb, new Link(department.Label, route)),
                context.Frame, department, entries))
            {
                Identity = PageIdentity.Named("department", department.Code),
            };
        }
    }
}
