using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The home page: search, the next bus visits, workshops starting soon.</summary>
public static class HomePlanner
{
    private const int HomeVisits = 6;

    private const int HomeWorkshops = 4;

    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        var site = context.Site;
        var meta = new PageMeta(site.Settings.Title, site.Settings.Description, Routes.Home, []);
        var nextVisits = site.Visits.Where(v => v.IsAnnounced).OnePerPage().Take(HomeVisits).ToList();
        var starting = site.Workshops
            .Where(w => !w.HasStarted && !w.IsOver)
            .OrderBy(w => w.Sessions[0].Date).ThenBy(w => w.Slug, StringComparer.Ordinal)
            .Take(HomeWorkshops)
            .ToList();
        yield return new(new HomePageModel(meta, context.Frame, context.Departments, nextVisits, starting, site.Places.Count));
    }
}
