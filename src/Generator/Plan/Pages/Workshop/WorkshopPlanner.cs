using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>One page per workshop series: programme, sessions, how to register.</summary>
public static class WorkshopPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        foreach (var workshop in context.Site.Workshops)
        {
            var commune = workshop.Commune;
            var route = Routes.Workshop(workshop);
            var description = $"{workshop.Summary ?? workshop.Title}. À {commune.Name}, {Fr.Plural(workshop.Sessions.Count, "séance", "séances")} à partir du {Fr.DateShort(workshop.Sessions[0].Date)}.";
            var meta = Meta($"{workshop.Title} ({commune.Name})", description, route, WorkshopsPlanner.Crumb, new Link(workshop.Title, route)) with
            {
                JsonLd = new DeferredHtml(JsonLd.CacheKey, () => JsonLd.ForWorkshop(workshop, context.Frame)),
                UpdatedOn = workshop.UpdatedOn,
            };
            yield return new(new WorkshopPageModel(meta, context.Frame, workshop, EditorMarkdown.ToHtml(workshop.ProgrammeMarkdown, 3), Routes.WorkshopCalendar(workshop)), workshop.Source)
            {
                Identity = PageIdentity.InCommune("workshop", commune, workshop.Title),
            };
        }
    }
}
