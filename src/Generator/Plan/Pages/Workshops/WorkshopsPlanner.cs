using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>Every upcoming workshop series, by department and commune.</summary>
public static class WorkshopsPlanner
{
    public static readonly Link Crumb = new("Ateliers", Routes.Workshops);

    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        yield return new(new WorkshopsPageModel(
            Meta("Ateliers numériques", "Les séries d'ateliers en petits groupes pour apprendre l'ordinateur, la tablette ou le téléphone, par département et par commune.", Routes.Workshops, Crumb),
            context.Frame, Groups(context.Site.Workshops.Where(w => !w.IsOver), w => w.Commune, w => w.Title)));
    }
}
