using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;

namespace Relais.Generator.Plan;

/// <summary>What communes print: visit posters, commune posters, after-the-bus sheets.</summary>
public static partial class PlanPages
{
    /// <summary>A commune poster lists at most this many visits and workshops to stay on one A4 page.</summary>
    private const int PosterVisits = 4;

    private const int PosterWorkshops = 2;

    /// <summary>The after-the-bus sheet names three to five offers: up to three places, workshops for the rest.</summary>
    private const int SheetPlaces = 3;

    private const int SheetItems = 5;

    private static PagePlan VisitPosterPage(PlanContext context, Visit visit, Link[] visitCrumbs)
    {
        var route = Routes.VisitPoster(visit);
        var pageUrl = context.Frame.Absolute(Routes.Visit(visit));
        var meta = Meta($"Affiche : {visit.Tour.Name} {Fr.At(visit.Commune.Name)}, {Fr.Date(visit.Stop.Date)}",
            $"Affiche A4 à imprimer pour annoncer le passage du bus numérique {Fr.At(visit.Commune.Name)} le {Fr.Date(visit.Stop.Date)}.",
            route, [.. visitCrumbs, new Link("Affiche", route)]);
        var qr = context.QrCodes.Svg(pageUrl, $"Code QR menant à la page du passage : {pageUrl.AbsoluteUri}");
        return Page(PageKind.VisitPoster, new VisitPosterPageModel(meta, context.Frame, visit, qr, pageUrl, context.PdfOf(route)), visit.Stop.Source);
    }

    private static PagePlan? CommunePosterPage(PlanContext context, CommuneOffers offers, Link[] communeCrumbs)
    {
        var visits = offers.UpcomingVisits.Where(v => !v.Item.IsCancelled).ToList();
        // « Ateliers près d'ici »: within the site's radius. The commune's offers also hold the nearest
        // workshops however far (for its page), which would give every commune a poster.
        var workshops = offers.Workshops.Where(w => w.DistanceKm <= context.Site.Settings.NearbyRadiusKm).ToList();
        if (visits.Count == 0 && workshops.Count == 0) return null;
        var commune = offers.Commune;
        var route = Routes.CommunePoster(commune);
        var pageUrl = context.Frame.Absolute(Routes.Commune(commune));
        var shownVisits = visits.Take(PosterVisits).ToList();
        var shownWorkshops = workshops.Take(PosterWorkshops).ToList();
        var more = visits.Count - shownVisits.Count + workshops.Count - shownWorkshops.Count;
        var meta = Meta($"Affiche : le numérique près {Fr.Of(commune.Name)}",
            $"Affiche A4 des prochains passages du bus numérique et des ateliers près {Fr.Of(commune.Name)}, à imprimer.",
            route, [.. communeCrumbs, new Link("Affiche", route)]);
        var qr = context.QrCodes.Svg(pageUrl, $"Code QR menant à la page {Fr.Of(commune.Name)} : {pageUrl.AbsoluteUri}");
        return Page(PageKind.CommunePoster, new CommunePosterPageModel(meta, context.Frame, commune, shownVisits, shownWorkshops, more, qr, pageUrl, context.PdfOf(route)));
    }

    private static PagePlan NextStepsSheetPage(PlanContext context, Visit visit, Link[] visitCrumbs)
    {
        var route = Routes.VisitSheet(visit);
        var steps = context.Site.NextStepsByVisit[visit];
        var communeUrl = context.Frame.Absolute(Routes.Commune(visit.Commune));
        var meta = Meta($"Après le bus : vos prochaines étapes, {visit.Commune.Name}, {Fr.DateShort(visit.Stop.Date)}",
            $"Fiche à remettre après le passage du bus {Fr.At(visit.Commune.Name)} : les lieux d'aide et les ateliers les plus proches pour continuer.",
            route, [.. visitCrumbs, new Link("Fiche « après le bus »", route)]);
        var places = steps.Places.Take(SheetPlaces).ToList();
        var workshops = steps.Workshops.Take(SheetItems - places.Count).ToList();
        var map = Map(visit.Location, visit.Commune.Name, places, "carte-suite");
        var qr = context.QrCodes.Svg(communeUrl, $"Code QR menant à la page {Fr.Of(visit.Commune.Name)} : {communeUrl.AbsoluteUri}");
        return Page(PageKind.NextStepsSheet, new NextStepsSheetPageModel(meta, context.Frame, visit, places, workshops, map, qr, communeUrl, context.PdfOf(route)), visit.Stop.Source);
    }
}
