using Relais.Model;
using Relais.Model.French;
using Relais.Model.Resolved;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Resolve;

/// <summary>
/// For coordinators: each commune's great-circle distance to the nearest help of each kind and of
/// any kind, and, per department and for the whole site, the communes and people beyond each of the
/// site's distance bands. Every distance comes from a spatial index query, never a scan of all pairs.
/// </summary>
public static class CoverageBands
{
    public static (IReadOnlyList<CommuneReach> Reach, AreaBands Whole, IReadOnlyList<AreaBands> Departments) Run(
        IReadOnlyList<Commune> communes, IReadOnlyList<Place> places, IReadOnlyList<Workshop> workshops, IReadOnlyList<Visit> visits,
        IReadOnlyList<double> bands, DateOnly today)
    {
        // One index per kind (not one filtered index): the nearest of a kind that is rare, or absent,
        // is then found at once, where a filter would widen the search over every place.
        var indexes = new[]
        {
            Index(places.Where(p => p.Programmes.Contains(NationalProgramme.FranceServices) || p.Typologies.Contains(Typology.Rfs)), p => p.Location),
            Index(places.Where(p => p.Typologies.Contains(Typology.Epn) || p.Typologies.Contains(Typology.Bib)), p => p.Location),
            Index(places.Where(p => p.Programmes.Contains(NationalProgramme.DigitalAdvisors)), p => p.Location),
            Index(workshops.Where(w => w.UpcomingSessions.Any(s => Timeline.IsSoon(s.Date, today))), w => w.Location),
            Index(visits.Where(v => v.IsPermanence && !v.IsCancelled && Timeline.IsSoon(v.Stop.Date, today)), v => v.Location),
        };
        var anyPlace = Index(places, p => p.Location);

        var reach = communes.AsParallel().AsOrdered().Select(c =>
        {
            var km = indexes.Select(nearest => nearest(c.Location)).ToList();
            // Any kind: any place of help, whatever its programme, or a workshop or permanence soon.
            var any = new[] { anyPlace(c.Location), km[(int)HelpSource.Workshop], km[(int)HelpSource.Permanence] }.Min();
            // The bands increase: the number a commune is beyond is the index of its band.
            return new CommuneReach(c, km, any, bands.Count(b => any is not { } a || a > b));
        }).ToList();

        var whole = Area(null, reach, bands);
        var departments = reach.GroupBy(r => r.Commune.DepartmentCode)
            .Select(g => Area(Model.Departments.Get(g.Key), g.ToList(), bands))
            .OrderBy(a => a.Department!.Name, StringComparer.Create(Fr.Culture, ignoreCase: true))
            .ToList();
        return (reach, whole, departments);
    }

    /// <summary>The distance to the nearest item from a point; null when there is none.</summary>
    private static Func<GeoPoint, double?> Index<T>(IEnumerable<T> items, Func<T, GeoPoint> location) where T : notnull
    {
        var index = new GeoIndex<T>(items, location);
        return at => index.Nearest(at, 1) is [var nearest] ? nearest.DistanceKm : null;
    }

    private static AreaBands Area(Department? department, IReadOnlyList<CommuneReach> reach, IReadOnlyList<double> bands) =>
        new(department, reach.Count, reach.Sum(r => (long)r.Commune.Population),
            bands.Select(km =>
            {
                var beyond = reach.Where(r => r.IsBeyond(km)).ToList();
                return new BandCount(km, beyond.Count, beyond.Sum(r => (long)r.Commune.Population));
            }).ToList());
}
