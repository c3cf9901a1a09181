using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>Every place, by department and commune.</summary>
public static class PlacesPlanner
{
    public static readonly Link Crumb = new("Lieux d'aide", Routes.Places);

    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        yield return new(new PlacesPageModel(
            Meta("Lieux d'aide au numérique", "Tous les lieux où l'on vous aide à utiliser le numérique, par département et par commune.", Routes.Places, Crumb),
            context.Frame, Groups(context.Site.Places, p => p.Address.Commune, p => p.Name)));
    }
}
