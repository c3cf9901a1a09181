using Relais.Generator.Validate;
using Relais.Model;
using Relais.Model.Resolved;
using Relais.Model.Values;

namespace Relais.Generator.Resolve;

/// <summary>
/// Stage 3: links stops to their communes and computes, once, what is near each commune and each
/// stop. Pages and components only read the result; none of them queries geography.
/// </summary>
public static class ResolveOffers
{
    /// <summary>A commune page lists at least this many places and workshops, however far.</summary>
    public const int MinimumNearest = 3;

    /// <summary>The after-the-bus guidance names at most this many places.</summary>
    public const int NextStepPlaces = 5;

    public const int NextStepWorkshops = 3;

    public static ResolvedSite Run(ValidatedSite site, DateOnly today)
    {
        var communes = site.Communes.ToDictionary(c => c.Code);
        var visits = site.Tours
            .SelectMany(t => t.Stops.Select(s => new Visit(t, s, communes[s.Commune])))
            .OrderBy(v => v.Stop.Date).ThenBy(v => v.Commune.Name, StringComparer.Ordinal).ThenBy(v => v.Tour.Slug, StringComparer.Ordinal)
            .ToList();
        var upcomingWorkshops = site.Workshops.Where(w => w.Sessions[^1].Date >= today).ToList();

        var places = new GeoIndex<Place>(site.Places, p => p.Location);
        var workshops = new GeoIndex<Workshop>(upcomingWorkshops, w => WorkshopLocation(w, communes));
        var visitIndex = new GeoIndex<Visit>(visits, v => v.Location);
        var visitsByCommune = visits.ToLookup(v => v.Commune.Code);
        var radius = site.Settings.NearbyRadiusKm;

        var offers = site.Communes
            .AsParallel().AsOrdered()
            .Select(c => Offers(c, places, workshops, visitIndex, visitsByCommune[c.Code], radius, today))
            .ToDictionary(o => o.Commune.Code);
        var nextSteps = visits.ToDictionary(v => v, v => NextStepsAfter(v, places, workshops, radius, today));

        return new ResolvedSite(site.Settings, today, site.Communes, site.Places, site.Tours, site.Workshops, site.Pages, visits, offers, nextSteps);
    }

    public static GeoPoint WorkshopLocation(Workshop workshop, IReadOnlyDictionary<CodeInsee, Commune> communes) =>
        workshop.Location ?? communes[workshop.Commune].Location;

    private static CommuneOffers Offers(
        Commune commune, GeoIndex<Place> places, GeoIndex<Workshop> workshops, GeoIndex<Visit> visits, IEnumerable<Visit> ownVisits, double radius, DateOnly today)
    {
        var center = commune.Location;
        var nearestByKind = HelpKinds.All
            .Select(kind => (Kind: kind, Place: places.Nearest(center, 1, p => p.Offers(kind)).FirstOrDefault()))
            .Where(x => x.Place is not null)
            .Select(x => (x.Kind, x.Place!))
            .ToList();
        var nearbyPlaces = Union(places.Within(center, radius), places.Nearest(center, MinimumNearest), nearestByKind.Select(x => x.Item2), p => p.Slug);
        var nearbyWorkshops = Union(workshops.Within(center, radius), workshops.Nearest(center, MinimumNearest), [], w => w.Slug);
        // The commune's own visits whatever the distance to its centre, and the others within the radius.
        var nearbyVisits = visits.Within(center, radius, v => v.Commune.Code != commune.Code)
            .Concat(ownVisits.Select(v => new Nearby<Visit>(v, center.DistanceKm(v.Location))))
            .ToList();
        var upcoming = nearbyVisits.Where(v => v.Item.Stop.Date >= today)
            .OrderBy(v => v.Item.Stop.Date).ThenBy(v => v.DistanceKm).ToList();
        var past = nearbyVisits.Where(v => v.Item.Stop.Date < today)
            .OrderByDescending(v => v.Item.Stop.Date).ThenBy(v => v.DistanceKm).ToList();
        return new CommuneOffers(commune, nearestByKind, nearbyPlaces, nearbyWorkshops, upcoming, past);
    }

    private static NextSteps NextStepsAfter(Visit visit, GeoIndex<Place> places, GeoIndex<Workshop> workshops, double radius, DateOnly today)
    {
        var from = visit.Location;
        // The nearest place for each kind of help always stays in; the nearest others fill up to the limit.
        var byKind = HelpKinds.All.Select(kind => places.Nearest(from, 1, p => p.Offers(kind)).FirstOrDefault()).OfType<Nearby<Place>>()
            .DistinctBy(n => n.Item.Slug).ToList();
        var others = places.Nearest(from, NextStepPlaces).Where(n => byKind.All(k => k.Item.Slug != n.Item.Slug)).Take(NextStepPlaces - byKind.Count).ToList();
        var nearestPlaces = Union(byKind, others, [], p => p.Slug);
        // Workshops one can still join: a session after the visit, and after today.
        var after = visit.Stop.Date > today ? visit.Stop.Date : today;
        bool Open(Workshop w) => w.Sessions.Any(s => s.Date >= after);
        var soon = Union(workshops.Within(from, radius, Open), workshops.Nearest(from, 1, Open), [], w => w.Slug)
            .Take(NextStepWorkshops)
            .ToList();
        return new NextSteps(nearestPlaces, soon);
    }

    /// <summary>The lists merged without duplicates, nearest first (ties by key, for stable output).</summary>
    private static IReadOnlyList<Nearby<T>> Union<T>(IReadOnlyList<Nearby<T>> a, IReadOnlyList<Nearby<T>> b, IEnumerable<Nearby<T>> c, Func<T, string> key) where T : notnull =>
        a.Concat(b).Concat(c)
            .DistinctBy(n => key(n.Item))
            .OrderBy(n => n.DistanceKm)
            .ThenBy(n => key(n.Item), StringComparer.Ordinal)
            .ToList();
}
