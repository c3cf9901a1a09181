using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>One page per commune: what comes to the village, what is nearest, what to do next.</summary>
public static class CommunePlanner
{
    /// <summary>A commune page's map shows its nearest places, numbered as in the legend.</summary>
    private const int MapPlaces = 6;

    public static IEnumerable<PlannedPage> Plan(PlanContext context) =>
        // In parallel (maps add up on a national site), in order.
        context.Site.Communes.AsParallel().AsOrdered().Select(c => Page(context, context.Site.OffersByCommune[c.Code])).ToList();

    private static PlannedPage Page(PlanContext context, CommuneOffers offers)
    {
        var commune = offers.Commune;
        var title = $"{commune.Name} ({commune.PostalCodes[0].Value}) : aide au numérique près de chez vous";
        var map = Map(commune.Location, commune.Name, offers.Places.Take(MapPlaces).ToList(), "carte");
        return new(new CommunePageModel(
            Meta(title, Description(offers), Routes.Commune(commune), CommuneCrumbs(commune)) with { UpdatedOn = UpdatedOn(offers) },
            context.Frame, offers, Departments.Get(commune.DepartmentCode), map, VisitPoster(context, offers),
            offers.HasPoster ? context.Printable(Routes.CommunePoster(commune)) : null, Routes.CommuneCalendar(commune)))
        {
            Identity = PageIdentity.OfCommune("commune", commune),
        };
    }

    /// <summary>The next visit's poster, when that visit has one (the visit poster planner decides which do).</summary>
    private static Printable? VisitPoster(PlanContext context, CommuneOffers offers) =>
        offers.NextVisit is { } next && context.Site.GroupOf(next.Item) is var group && VisitPosterPlanner.HasPoster(group)
            ? context.Printable(Routes.VisitPoster(group.Lead))
            : null;

    /// <summary>The latest « date_maj » of the places and visits the page lists.</summary>
    private static DateOnly? UpdatedOn(CommuneOffers offers) =>
        offers.Places.Select(p => (DateOnly?)p.Item.UpdatedOn)
            .Concat(offers.UpcomingVisits.Concat(offers.PastVisits).Select(v => v.Item.UpdatedOn))
            .Max();

    private static string Description(CommuneOffers offers)
    {
        var name = offers.Commune.Name;
        var within = offers.PlacesWithinRadius;
        var visit = offers.NextVisit;
        var bus = visit is null ? "" : $" Prochain passage du bus numérique {(visit.InCommune ? "dans la commune" : Fr.At(visit.Item.Commune.Name))} le {Fr.DateShort(visit.Item.Stop.Date)}.";
        var places = within > 0
            ? $"{Fr.Plural(within, "lieu d'aide", "lieux d'aide")} à moins de {Fr.Kilometres(offers.RadiusKm)} {Fr.Of(name)}."
            : offers.NearestPlace is { } nearest
                ? $"Aide au numérique la plus proche {Fr.Of(name)} : {nearest.Item.Name}, {Fr.Distance(nearest.DistanceKm)}."
                : $"Aide au numérique autour {Fr.Of(name)}.";
        return places + bus;
    }
}
