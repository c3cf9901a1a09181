using Relais.Generator.Validate;
using Relais.Model;
using Relais.Model.Resolved;

namespace Relais.Generator.Resolve;

/// <summary>
/// Stage 3: decides, once, every fact the site shows for the build's day: what is past, stale or
/// closed, what is near each commune and each stop (within the radius, by great-circle distance),
/// which visit comes next. Plan, the theme, posters and feeds only read the result.
/// </summary>
public static class ResolveOffers
{
    /// <summary>A commune page lists at least this many places, however far.</summary>
    public const int MinimumNearest = 3;

    /// <summary>The after-the-bus guidance names at most this many places.</summary>
    public const int NextStepPlaces = 5;

    public const int NextStepWorkshops = 3;

    /// <summary>
    /// The next sessions of a workshop series that the calendars of the communes around it carry (its own
    /// calendar has every one). A weekly series runs for months and a commune has several around it: the
    /// next four, whenever they are, say when to go and keep the ~35,000 commune calendars small (three
    /// months of sessions made them 2.7 times larger at national scale: 560 MB instead of 209).
    /// </summary>
    public const int CommuneCalendarSessions = 4;

    public static ResolvedSite Run(ValidatedSite site, DateOnly today)
    {
        var radius = site.Settings.NearbyRadiusKm;
        var places = site.Places.Select(p => p with { IsStale = Timeline.IsStale(p.UpdatedOn, today), Hours = p.Hours?.AsOf(today) }).ToList();
        var placesBySlug = places.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        var workshops = site.Workshops
            .Select(w => w with
            {
                Organiser = placesBySlug[w.Organiser.Slug],
                UpcomingSessions = w.Sessions.Where(s => !Timeline.IsPast(s.Date, today)).ToList(),
                SoonSessions = w.Sessions.Where(s => !Timeline.IsPast(s.Date, today)).Take(CommuneCalendarSessions).ToList(),
            })
            .ToList();
        var upcomingWorkshops = workshops.Where(w => !w.IsOver).ToList();

        var placeIndex = new GeoIndex<Place>(places, p => p.Location);
        var workshopIndex = new GeoIndex<Workshop>(upcomingWorkshops, w => w.Location);
        var visits = Visits(site.Tours, placeIndex, workshopIndex, radius, today);
        var visitIndex = new GeoIndex<Visit>(visits, v => v.Location);
        var visitsByCommune = visits.ToLookup(v => v.Commune.Code);

        var offers = site.Communes
            .AsParallel().AsOrdered()
            .Select(c => Offers(c, placeIndex, workshopIndex, visitIndex, visitsByCommune[c.Code], radius))
            .ToDictionary(o => o.Commune.Code);
        var byOrganiser = upcomingWorkshops.ToLookup(w => w.Organiser.Slug, StringComparer.Ordinal);

        return new ResolvedSite(site.Settings, today, site.Communes, places, site.Tours, workshops, site.Pages, visits, Groups(visits), offers, byOrganiser,
            CoverageOf(site, offers, CoverageBands.Run(site.Communes, places, upcomingWorkshops, visits, site.Settings.CoverageBandsKm, today), visits, today)
                with { FollowUp = FollowUps.Run(visits, placeIndex, workshops, radius) },
            ResolveRedirects.Run(site.Redirects));
    }

    /// <summary>Every stop of every tour, in date order; built latest first so each knows the commune's next announced visit.</summary>
    private static List<Visit> Visits(IReadOnlyList<Tour> tours, GeoIndex<Place> places, GeoIndex<Workshop> workshops, double radius, DateOnly today)
    {
        var stops = tours
            .SelectMany(t =>
            {
                var slugs = SeriesSlugs(t);
                return t.Stops.Select(s => (Tour: t, Stop: s, Slug: s.Series is null ? Visit.DatedSlug(s) : slugs[s.Commune.Code]));
            })
            .OrderBy(x => x.Stop.Date).ThenBy(x => x.Stop.Sessions[0].Start).ThenBy(x => x.Stop.Commune.Name, StringComparer.Ordinal).ThenBy(x => x.Tour.Slug, StringComparer.Ordinal)
            .ToList();
        var nextInCommune = new Dictionary<Model.Values.CodeInsee, Visit>();
        var visits = new Visit[stops.Count];
        for (var i = stops.Count - 1; i >= 0; i--)
        {
            var (tour, stop, slug) = stops[i];
            var visit = new Visit(tour, stop)
            {
                Slug = slug,
                IsPast = Timeline.IsPast(stop.Date, today),
                IsRecentPast = Timeline.IsRecentPast(stop.Date, today),
                RegistrationClosed = Timeline.RegistrationClosed(stop.Registration?.Deadline, today),
                NextVisitHere = nextInCommune.GetValueOrDefault(stop.Commune.Code) is { } next && next.Stop.Date > stop.Date ? next : null,
                NextSteps = NextStepsAfter(Visit.LocationOf(stop), stop.Date, places, workshops, radius, today),
            };
            visits[i] = visit;
            if (visit.IsAnnounced) nextInCommune[stop.Commune.Code] = visit;
        }
        return [.. visits];
    }

    /// <summary>
    /// The page of a tour's recurring stops in a commune is named after the commune; with the INSEE
    /// code too when two communes of the tour share a name.
    /// </summary>
    private static Dictionary<Model.Values.CodeInsee, string> SeriesSlugs(Tour tour)
    {
        var communes = tour.Stops.Where(s => s.Series is not null).Select(s => s.Commune).DistinctBy(c => c.Code).ToList();
        var shared = communes.GroupBy(c => Slugs.From(c.Name), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return communes.ToDictionary(c => c.Code, c => Slugs.From(c.Name) is var name && shared.Contains(name) ? $"{name}-{c.Code.Value.ToLowerInvariant()}" : name);
    }

    /// <summary>The visits grouped by page, in the order of their first date.</summary>
    private static List<VisitGroup> Groups(IReadOnlyList<Visit> visits) =>
        visits.GroupBy(v => (v.Tour.Slug, v.Slug)).Select(g => new VisitGroup(g.ToList())).ToList();

    private static CommuneOffers Offers(
        Commune commune, GeoIndex<Place> places, GeoIndex<Workshop> workshops, GeoIndex<Visit> visits, IEnumerable<Visit> ownVisits, double radius)
    {
        var center = commune.Location;
        var nearestByKind = HelpKinds.All
            .Select(kind => (Kind: kind, Place: places.Nearest(center, 1, p => p.Offers(kind)).FirstOrDefault()))
            .Where(x => x.Place is not null)
            .Select(x => (x.Kind, x.Place!))
            .ToList();
        var nearbyPlaces = SeniorsFirst(Union(places.Within(center, radius), places.Nearest(center, MinimumNearest), nearestByKind.Select(x => x.Item2), p => p.Slug), radius);
        var nearbyWorkshops = workshops.Within(center, radius);
        var nearestWorkshop = nearbyWorkshops.Count == 0 ? workshops.Nearest(center, 1).FirstOrDefault() : null;
        // The commune's own visits whatever the distance to its centre come first; then the others within the radius.
        var own = ownVisits.Select(v => new CommuneVisit(v, GreatCircle.Km(center, v.Location), InCommune: true)).ToList();
        var others = visits.Within(center, radius, v => v.Commune.Code != commune.Code).Select(n => new CommuneVisit(n.Item, n.DistanceKm, InCommune: false)).ToList();
        static IEnumerable<CommuneVisit> ByDate(IEnumerable<CommuneVisit> list, bool latestFirst) => latestFirst
            ? list.OrderByDescending(v => v.Item.Stop.Date).ThenByDescending(v => v.Item.Stop.Sessions[0].Start).ThenBy(v => v.DistanceKm)
            : list.OrderBy(v => v.Item.Stop.Date).ThenBy(v => v.Item.Stop.Sessions[0].Start).ThenBy(v => v.DistanceKm);
        var upcoming = ByDate(own.Where(v => !v.Item.IsPast), false).Concat(ByDate(others.Where(v => !v.Item.IsPast), false)).ToList();
        var past = ByDate(own.Concat(others).Where(v => v.Item.IsPast), true).ToList();
        return new CommuneOffers(commune, radius, nearestByKind, nearbyPlaces, nearbyWorkshops, nearestWorkshop, upcoming, past);
    }

    private static NextSteps NextStepsAfter(GeoPoint from, DateOnly day, GeoIndex<Place> places, GeoIndex<Workshop> workshops, double radius, DateOnly today)
    {
        // The nearest place for each kind of help always stays in; the nearest others fill up to the limit.
        var byKind = HelpKinds.All.Select(kind => places.Nearest(from, 1, p => p.Offers(kind)).FirstOrDefault()).OfType<Nearby<Place>>()
            .DistinctBy(n => n.Item.Slug).ToList();
        var others = places.Nearest(from, NextStepPlaces).Where(n => byKind.All(k => k.Item.Slug != n.Item.Slug)).Take(NextStepPlaces - byKind.Count).ToList();
        var nearestPlaces = Union(byKind, others, [], p => p.Slug);
        // Workshops one can still join, within the radius: a session after the visit, and after today.
        var after = day > today ? day : today;
        var soon = workshops.Within(from, radius, w => w.Sessions.Any(s => s.Date >= after)).Take(NextStepWorkshops).ToList();
        return new NextSteps(nearestPlaces, soon);
    }

    private static Coverage CoverageOf(ValidatedSite site, IReadOnlyDictionary<Model.Values.CodeInsee, CommuneOffers> offers,
        (IReadOnlyList<CommuneReach> Reach, AreaBands Whole, IReadOnlyList<AreaBands> Departments) bands, IReadOnlyList<Visit> visits, DateOnly today)
    {
        var communes = site.Communes;
        var all = communes.Select(c => offers[c.Code]).ToList();
        var covered = all.Where(o => o.IsCovered).ToList();
        var uncovered = all.Where(o => !o.IsCovered)
            .OrderByDescending(o => o.Commune.Population).ThenBy(o => o.Commune.Code.Value, StringComparer.Ordinal)
            .ToList();
        return new Coverage(all.Count, covered.Count, all.Sum(o => (long)o.Commune.Population), covered.Sum(o => (long)o.Commune.Population), uncovered,
            bands.Reach, bands.Whole, bands.Departments)
        {
            NextStops = NextStops.Run(bands.Reach, visits, site.Settings.NextStopDistanceWeight, site.Settings.NextStopPopulationWeight, today),
            NextStopsCountOver60 = NextStops.CountsOver60(bands.Reach),
        };
    }

    /// <summary>
    /// Within the radius, the places that serve someone over 60 first (France Services, EPN, libraries…),
    /// then the others, each group nearest first; then those beyond the radius, nearest first.
    /// </summary>
    private static IReadOnlyList<Nearby<Place>> SeniorsFirst(IReadOnlyList<Nearby<Place>> nearestFirst, double radius) =>
        nearestFirst.OrderBy(n => n.DistanceKm > radius ? 2 : n.Item.ServesSeniorsFirst() ? 0 : 1).ToList();

    /// <summary>The lists merged without duplicates, nearest first (ties by key, for stable output).</summary>
    private static IReadOnlyList<Nearby<T>> Union<T>(IReadOnlyList<Nearby<T>> a, IReadOnlyList<Nearby<T>> b, IEnumerable<Nearby<T>> c, Func<T, string> key) where T : notnull =>
        a.Concat(b).Concat(c)
            .DistinctBy(n => key(n.Item))
            .OrderBy(n => n.DistanceKm)
            .ThenBy(n => key(n.Item), StringComparer.Ordinal)
            .ToList();
}
