using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>One page per bus visit; after its date it leads with « après le bus ».</summary>
public static class VisitPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context) =>
        context.Site.Tours.SelectMany(tour =>
        {
            var tourDescription = EditorMarkdown.ToHtml(tour.DescriptionMarkdown, 3);
            return context.Site.VisitsOf(tour).Select(v => Page(context, v, tourDescription));
        }).ToList();

    private static PlannedPage Page(PlanContext context, Visit visit, Html tourDescription)
    {
        var route = Routes.Visit(visit);
        var when = Fr.Date(visit.Stop.Date);
        var title = $"{visit.Tour.Name} {Fr.At(visit.Commune.Name)}, {when}{(visit.IsCancelled ? " (annulé)" : "")}";
        var description = visit.IsCancelled
            ? $"Passage du {when} {Fr.At(visit.Commune.Name)} annulé : {visit.Stop.CancellationReason}."
            : visit.IsPast
                ? $"Le bus est passé {Fr.At(visit.Commune.Name)} le {when}. Et après ? Les lieux d'aide et ateliers les plus proches."
                : $"Le {when}, {Fr.Ranges(visit.Stop.Sessions)}, {visit.Stop.Spot} {Fr.At(visit.Commune.Name)}. {visit.Stop.Theme ?? "Ateliers numériques gratuits"}, inscription conseillée.";
        var meta = Meta(title, description, route, VisitCrumbs(visit)) with { JsonLd = JsonLd.ForVisit(visit, context.Frame.Absolute(route), context.Site.Settings.TimeZone) };
        return new(new VisitPageModel(meta, context.Frame, visit, tourDescription,
            VisitPosterPlanner.HasPoster(visit) ? context.Printable(Routes.VisitPoster(visit)) : null,
            NextStepsSheetPlanner.HasSheet(visit) ? context.Printable(Routes.VisitSheet(visit)) : null,
            Routes.VisitCalendar(visit)), visit.Stop.Source);
    }
}
