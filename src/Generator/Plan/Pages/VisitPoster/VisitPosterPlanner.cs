using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The A4 poster announcing a bus visit (or a recurring stop's next dates), for the town-hall door.</summary>
public static class VisitPosterPlanner
{
    /// <summary>Only an announced visit is put on a door: not a cancelled or past one.</summary>
    public static bool HasPoster(VisitGroup group) => group.Lead.IsAnnounced;

    public static IEnumerable<PlannedPage> Plan(PlanContext context) =>
        context.Site.VisitGroups.Where(HasPoster).AsParallel().AsOrdered().Select(g => Poster(context, g)).ToList();

    private static PlannedPage Poster(PlanContext context, VisitGroup group)
    {
        var visit = group.Lead;
        var route = Routes.VisitPoster(visit);
        var pageUrl = context.Frame.Absolute(Routes.Visit(visit));
        var when = group.IsRecurring ? SeriesText.Rules(group.Series) : $"le {Fr.Date(visit.Stop.Date)}";
        var meta = Meta($"Affiche : {visit.Tour.Name} {Fr.At(visit.Commune.Name)}, {(group.IsRecurring ? when : Fr.Date(visit.Stop.Date))}",
            $"Affiche A4 à imprimer pour annoncer le passage du bus {Fr.At(visit.Commune.Name)} {when}.",
            route, [.. VisitCrumbs(group), new Link("Affiche", route)]) with { Prints = Routes.Visit(visit) };
        // The QR code keeps the full address: a phone types nothing, and the page's own address still
        // works should the short ones ever go; the short one is printed for people who type it.
        var qr = context.QrCodes.Svg(pageUrl, $"Code QR menant à la page du passage : {pageUrl.AbsoluteUri}");
        return new(new VisitPosterPageModel(meta, context.Frame, group, qr, pageUrl, context.Frame.Absolute(Routes.ShortVisit(visit)), context.PdfOf(route)), visit.Stop.Source)
        {
            Identity = PageIdentity.OfVisit("visit-poster", group),
        };
    }
}
