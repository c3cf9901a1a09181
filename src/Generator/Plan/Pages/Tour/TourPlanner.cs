using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>One page per bus: its visits to come and past.</summary>
public static class TourPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        foreach (var tour in context.Site.Tours)
        {
            var route = Routes.Tour(tour);
            var visits = context.Site.VisitsOf(tour).ToList();
            var upcoming = visits.Where(v => !v.IsPast).ToList();
            // A recurring stop is listed once (its next date); among past visits, once its last date is past.
            var past = context.Site.GroupsOf(tour).Where(g => g.IsPast).Select(g => g.Lead).OrderByDescending(v => v.Stop.Date).ToList();
            var description = $"{tour.Name}, par {tour.Operator} : {Fr.Plural(upcoming.Count(v => !v.IsCancelled), "prochain passage", "prochains passages")}, dates, lieux et {(tour.Stops.All(s => s.IsPermanence) ? "rendez-vous" : "inscription")}.";
            yield return new(new TourPageModel(Meta(tour.Name, description, route, ToursCrumb, new Link(tour.Name, route)) with { UpdatedOn = tour.UpdatedOn }, context.Frame, tour,
                EditorMarkdown.ToHtml(tour.DescriptionMarkdown, 3), upcoming.OnePerPage().ToList(), past, Routes.TourCalendar(tour)), tour.Source)
            {
                Identity = PageIdentity.Named("tour", Slugs.From(tour.Name)),
            };
        }
    }
}
