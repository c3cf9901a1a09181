using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The page that lists the calendars, feeds and open data files.</summary>
public static class DataPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        var meta = Meta("Données ouvertes et agendas", "Agendas à ajouter à votre téléphone, flux des passages du bus et données ouvertes de l'annuaire.", Routes.Data,
            new Link("Données et agendas", Routes.Data));
        yield return new(new DataPageModel(meta, context.Frame, context.Site.Tours));
    }
}
