using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>One page per bus visit, or per commune of a recurring stop (listing its next dates); after its date it leads with « après le bus ».</summary>
public static class VisitPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context) =>
        context.Site.Tours.SelectMany(tour =>
        {
            var tourDescription = EditorMarkdown.ToHtml(tour.DescriptionMarkdown, 3);
            return context.Site.GroupsOf(tour).Select(g => Page(context, g, tourDescription));
        }).ToList();

    private static PlannedPage Page(PlanContext context, VisitGroup group, Html tourDescription)
    {
        var visit = group.Lead;
        var route = Routes.Visit(visit);
        var where = Fr.At(visit.Commune.Name);
        var what = visit.Stop.Theme ?? (visit.IsPermanence ? "Aide individuelle aux démarches en ligne" : "Ateliers numériques gratuits");
        var how = visit.IsPermanence
            ? visit.Stop.Reception == Model.Vocabularies.Reception.DropIn ? "sans rendez-vous" : "sur rendez-vous"
            : "inscription conseillée";
        string title, description;
        if (group.IsRecurring)
        {
            var rule = SeriesText.Rules(group.Series);
            title = $"{visit.Tour.Name} {where}, {rule}";
            description = group.IsPast
                ? $"Le bus venait {where} {rule}. Et après ? Les lieux d'aide et ateliers les plus proches."
                : $"{Fr.Capitalize(rule)}, {Fr.Ranges(visit.Stop.Sessions)}, {visit.Stop.Spot} {where}. Prochaines dates : {SeriesText.Dates(SeriesText.NextDates(group, 4), context.Site.Today)}. {what}, {how}.";
        }
        else
        {
            var when = Fr.Date(visit.Stop.Date);
            title = $"{visit.Tour.Name} {where}, {when}{(visit.IsCancelled ? " (annulé)" : "")}";
            description = visit.IsCancelled
                ? $"Passage du {when} {where} annulé : {visit.Stop.CancellationReason}."
                : visit.IsPast
                    ? $"Le bus est passé {where} le {when}. Et après ? Les lieux d'aide et ateliers les plus proches."
                    : $"Le {when}, {Fr.Ranges(visit.Stop.Sessions)}, {visit.Stop.Spot} {where}. {what}, {how}.";
        }
        var meta = Meta(title, description, route, VisitCrumbs(group)) with
        {
            JsonLd = new DeferredHtml(JsonLd.CacheKey, () => JsonLd.ForVisits(group, context.Frame)),
            UpdatedOn = group.Visits.Max(v => v.UpdatedOn),
        };
        return new(new VisitPageModel(meta, context.Frame, group, tourDescription,
            VisitPosterPlanner.HasPoster(group) ? context.Printable(Routes.VisitPoster(visit)) : null,
            NextStepsSheetPlanner.HasSheet(group) ? context.Printable(Routes.VisitSheet(visit)) : null,
            Routes.VisitCalendar(visit))
        {
            FollowUp = group.IsPast ? context.Site.Coverage.FollowUp.Of(visit) : null,
        }, visit.Stop.Source)
        {
            Identity = PageIdentity.OfVisit("visit", group),
        };
    }
}
