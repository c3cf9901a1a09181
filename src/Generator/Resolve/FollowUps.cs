using Relais.Model;
using Relais.Model.French;
using Relais.Model.Resolved;

namespace Relais.Generator.Resolve;

/// <summary>
/// « Et après le passage du bus ? »: what people had near them after each past visit. A past visit
/// (its day is before the build's day, and it was not cancelled) is followed up when, within the
/// site's radius of where the bus parked, there is a place of help (any place counts: a place is open
/// all year), or a workshop with a session in the three months after the visit's day, or a
/// permanence visit of any tour, not cancelled, in those three months (<see cref="Timeline.IsFollowUpOf"/>:
/// from the next day to the same day three months later). The nearest of each kind found is recorded,
/// and the nearest place however far, which a visit with no follow-up names instead. Then the past
/// visits without follow-up are counted per department (of the visit's commune), per tour and for
/// the whole site. Every search goes through a spatial index.
/// </summary>
public static class FollowUps
{
    public static FollowUpSummary Run(IReadOnlyList<Visit> visits, GeoIndex<Place> places, IReadOnlyList<Workshop> workshops, double radius)
    {
        // Every workshop, over ones included: a series that ended last month may have followed a visit in the spring.
        var workshopIndex = new GeoIndex<Workshop>(workshops, w => w.Location);
        var permanenceIndex = new GeoIndex<Visit>(visits.Where(v => v.IsPermanence && !v.IsCancelled), v => v.Location);

        var followUps = visits.Where(v => v.IsPast && !v.IsCancelled).AsParallel().AsOrdered().Select(v =>
        {
            var day = v.Stop.Date;
            var place = places.Within(v.Location, radius).FirstOrDefault();
            var workshop = workshopIndex.Within(v.Location, radius, w => w.Sessions.Any(s => Timeline.IsFollowUpOf(s.Date, day))).FirstOrDefault();
            var permanence = permanenceIndex.Within(v.Location, radius, p => Timeline.IsFollowUpOf(p.Stop.Date, day))
                .OrderBy(n => n.DistanceKm).ThenBy(n => n.Item.Stop.Date).FirstOrDefault();
            var nearest = place ?? places.Nearest(v.Location, 1).FirstOrDefault();
            return new VisitFollowUp(v, place, workshop, permanence, nearest);
        }).ToList();

        var french = StringComparer.Create(Fr.Culture, ignoreCase: true);
        var departments = followUps.GroupBy(f => f.Visit.Commune.DepartmentCode, StringComparer.Ordinal)
            .Select(g => Share(Departments.Get(g.Key), null, g.ToList()))
            .OrderBy(s => s.Department!.Name, french)
            .ToList();
        var tours = followUps.GroupBy(f => f.Visit.Tour.Slug, StringComparer.Ordinal)
            .Select(g => Share(null, g.First().Visit.Tour, g.ToList()))
            .OrderBy(s => s.Tour!.Name, french).ThenBy(s => s.Tour!.Slug, StringComparer.Ordinal)
            .ToList();
        return new FollowUpSummary(followUps, Share(null, null, followUps), departments, tours);
    }

    private static FollowUpShare Share(Department? department, Tour? tour, IReadOnlyList<VisitFollowUp> followUps) =>
        new(department, tour, followUps.Count, followUps.Count(f => !f.IsFollowedUp));
}
