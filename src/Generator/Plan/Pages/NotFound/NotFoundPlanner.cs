using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The page servers show for a missing address.</summary>
public static class NotFoundPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        // A breadcrumb like every page but home: the way back to the home page is its first link.
        var meta = Meta("Page introuvable", "Cette adresse ne correspond à aucune page du site.", Routes.NotFound, new Link("Page introuvable", Routes.NotFound));
        yield return new(new NotFoundPageModel(meta, context.Frame));
    }
}
