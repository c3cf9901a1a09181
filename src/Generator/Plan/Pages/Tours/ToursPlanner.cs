using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The buses and their next visits.</summary>
public static class ToursPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        var site = context.Site;
        yield return new(new ToursPageModel(
            Meta("Le bus numérique", "Les bus numériques qui viennent dans les villages : prochains passages, inscription, ce que l'on y apprend.", Routes.Tours, ToursCrumb),
            context.Frame, site.Tours.Select(t => (t, (IReadOnlyList<Visit>)site.VisitsOf(t).Where(v => !v.IsPast).OnePerPage().ToList())).ToList()));
    }
}
