using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The interactive map page; its data is an output of its own (Outputs/MapDataOutput).</summary>
public static class MapPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        var meta = Meta("Carte de l'aide au numérique", "Tous les lieux d'aide et les prochains passages du bus numérique sur une carte, avec la liste équivalente et des filtres.",
            Routes.Map, new Link("Carte", Routes.Map)) with { ShowsMapTiles = true };
        yield return new(new MapPageModel(meta, context.Frame));
    }
}
