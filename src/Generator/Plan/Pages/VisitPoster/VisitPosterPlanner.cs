using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The A4 poster announcing a bus visit, for the town-hall door.</summary>
public static class VisitPosterPlanner
{
    /// <summary>Only an announced visit is put on a door: not a cancelled or past one.</summary>
    public static bool HasPoster(Visit visit) => visit.IsAnnounced;

    public static IEnumerable<PlannedPage> Plan(PlanContext context) =>
        context.Site.Visits.Where(HasPoster).AsParallel().AsOrdered().Select(v => Poster(context, v)).ToList();

    private static PlannedPage Poster(PlanContext context, Visit visit)
    {
        var route = Routes.VisitPoster(visit);
        var pageUrl = context.Frame.Absolute(Routes.Visit(visit));
        var meta = Meta($"Affiche : {visit.Tour.Name} {Fr.At(visit.Commune.Name)}, {Fr.Date(visit.Stop.Date)}",
            $"Affiche A4 à imprimer pour annoncer le passage du bus numérique {Fr.At(visit.Commune.Name)} le {Fr.Date(visit.Stop.Date)}.",
            route, [.. VisitCrumbs(visit), new Link("Affiche", route)]);
        var qr = context.QrCodes.Svg(pageUrl, $"Code QR menant à la page du passage : {pageUrl.AbsoluteUri}");
        return new(new VisitPosterPageModel(meta, context.Frame, visit, qr, pageUrl, context.PdfOf(route)), visit.Stop.Source);
    }
}
