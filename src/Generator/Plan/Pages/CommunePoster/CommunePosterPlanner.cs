using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The A4 poster of a commune with something upcoming near: its visits, the nearest places of help and nearby workshops.</summary>
public static class CommunePosterPlanner
{
    /// <summary>At most this many visits, places and workshops, in type readable from a metre, on one A4 page.</summary>
    private const int PosterVisits = 2;

    /// <summary>
    /// Room for visits: a dated visit takes one share, a recurring one two (its rule and next date
    /// run to two lines at 28 pt): two dated, or one recurring and one dated, but one recurring alone.
    /// </summary>
    private const int PosterVisitShares = 3;

    private const int PosterPlaces = 3;

    private const int PosterItems = 4;

    public static IEnumerable<PlannedPage> Plan(PlanContext context) =>
        context.Site.Communes.Select(c => context.Site.OffersByCommune[c.Code]).Where(o => o.HasPoster)
            .AsParallel().AsOrdered().Select(o => Poster(context, o)).ToList();

    private static PlannedPage Poster(PlanContext context, CommuneOffers offers)
    {
        var visits = offers.UpcomingVisits.Where(v => !v.Item.IsCancelled).OnePerPage(v => v.Item).ToList();
        var workshops = offers.Workshops;
        var commune = offers.Commune;
        var route = Routes.CommunePoster(commune);
        var pageUrl = context.Frame.Absolute(Routes.Commune(commune));
        var shownVisits = visits.Take(PosterVisits).ToList();
        while (shownVisits.Count > 1 && shownVisits.Sum(v => v.Item.IsRecurring ? 2 : 1) > PosterVisitShares) shownVisits.RemoveAt(shownVisits.Count - 1);
        // Two places of help at least, a third when the visits leave room; workshops take what remains.
        var shownPlaces = offers.Places.Take(Math.Max(2, Math.Min(PosterPlaces, PosterItems - shownVisits.Count))).ToList();
        var shownWorkshops = workshops.Take(Math.Max(0, PosterItems - shownVisits.Count - shownPlaces.Count)).ToList();
        var more = visits.Count - shownVisits.Count + workshops.Count - shownWorkshops.Count;
        var meta = Meta($"Affiche : le numérique près {Fr.Of(commune.Name)}",
            $"Affiche A4 des prochains passages du bus numérique, des lieux d'aide et des ateliers près {Fr.Of(commune.Name)}, à imprimer.",
            route, [.. CommuneCrumbs(commune), new Link("Affiche", route)]) with { Prints = Routes.Commune(commune) };
        var qr = context.QrCodes.Svg(pageUrl, $"Code QR menant à la page {Fr.Of(commune.Name)} : {pageUrl.AbsoluteUri}");
        return new(new CommunePosterPageModel(meta, context.Frame, commune, shownVisits, shownPlaces, shownWorkshops, more, qr, pageUrl, context.PdfOf(route)))
        {
            Identity = PageIdentity.OfCommune("commune-poster", commune),
        };
    }
}
