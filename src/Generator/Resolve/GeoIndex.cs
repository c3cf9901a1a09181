using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using Relais.Model;
using Relais.Model.Resolved;

namespace Relais.Generator.Resolve;

/// <summary>
/// Offers indexed by position (a NetTopologySuite STR-tree over longitude/latitude), queried by
/// great-circle distance: the tree narrows the candidates to a bounding box, the haversine
/// distance decides. Built once, then read from several threads.
/// </summary>
public sealed class GeoIndex<T> where T : notnull
{
    // A degree of latitude is 111.195 km on the sphere DistanceKm uses; rounding down makes the search
    // box slightly larger than the circle, never smaller (111.2 missed items at the edge, due north or south).
    private const double KmPerDegreeLatitude = 111.19;

    private readonly STRtree<(T Item, GeoPoint Point)> _tree = new();
    private readonly int _count;

    public GeoIndex(IEnumerable<T> items, Func<T, GeoPoint> location)
    {
        foreach (var item in items)
        {
            var point = location(item);
            _tree.Insert(new Envelope(point.Longitude, point.Longitude, point.Latitude, point.Latitude), (item, point));
            _count++;
        }
        _tree.Build();
    }

    /// <summary>Items within <paramref name="km"/> of <paramref name="center"/>, nearest first.</summary>
    public IReadOnlyList<Nearby<T>> Within(GeoPoint center, double km, Func<T, bool>? filter = null)
    {
        if (_count == 0) return [];
        var latDelta = km / KmPerDegreeLatitude;
        var maxLat = Math.Min(89.0, Math.Abs(center.Latitude) + latDelta);
        var lonDelta = Math.Min(180.0, km / (KmPerDegreeLatitude * Math.Cos(maxLat * Math.PI / 180)));
        var box = new Envelope(center.Longitude - lonDelta, center.Longitude + lonDelta, center.Latitude - latDelta, center.Latitude + latDelta);
        return _tree.Query(box)
            .Where(c => filter is null || filter(c.Item))
            .Select(c => new Nearby<T>(c.Item, GreatCircle.Km(center, c.Point)))
            .Where(n => n.DistanceKm <= km)
            .OrderBy(n => n.DistanceKm)
            .ToList();
    }

    /// <summary>The <paramref name="count"/> nearest items, however far: the search widens until found.</summary>
    public IReadOnlyList<Nearby<T>> Nearest(GeoPoint center, int count, Func<T, bool>? filter = null)
    {
        for (var km = 10.0; ; km *= 2)
        {
            var found = Within(center, km, filter);
            // Past half the Earth's circumference every item is inside.
            if (found.Count >= count || km > 20_100) return found.Take(count).ToList();
        }
    }
}
