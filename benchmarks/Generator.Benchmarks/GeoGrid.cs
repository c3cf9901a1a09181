namespace Relais.Benchmarks;

/// <summary>
/// Points in cells of a tenth of a degree, to find what lies within some kilometres of a point
/// without comparing every pair (the Hugo site's nearby lists for 35,000 communes). Great-circle
/// distances, as the generator's.
/// </summary>
public sealed class GeoGrid<T>
{
    private const double Cell = 0.1;
    private const double KmPerDegree = 111.195;
    private readonly Dictionary<(int, int), List<(T Item, double Lat, double Lon)>> _cells = [];

    public GeoGrid(IEnumerable<T> items, Func<T, (double Lat, double Lon)> location)
    {
        foreach (var item in items)
        {
            var (lat, lon) = location(item);
            var key = ((int)Math.Floor(lat / Cell), (int)Math.Floor(lon / Cell));
            if (!_cells.TryGetValue(key, out var list)) _cells[key] = list = [];
            list.Add((item, lat, lon));
        }
    }

    /// <summary>The items within <paramref name="km"/>, nearest first.</summary>
    public List<(T Item, double Km)> Within(double lat, double lon, double km)
    {
        var dLat = (int)Math.Ceiling(km / KmPerDegree / Cell);
        var dLon = (int)Math.Ceiling(km / (KmPerDegree * Math.Max(0.05, Math.Cos(lat * Math.PI / 180))) / Cell);
        var (row, column) = ((int)Math.Floor(lat / Cell), (int)Math.Floor(lon / Cell));
        var found = new List<(T Item, double Km)>();
        for (var r = row - dLat; r <= row + dLat; r++)
        {
            for (var c = column - dLon; c <= column + dLon; c++)
            {
                if (!_cells.TryGetValue((r, c), out var list)) continue;
                foreach (var (item, itemLat, itemLon) in list)
                {
                    var d = Km(lat, lon, itemLat, itemLon);
                    if (d <= km) found.Add((item, d));
                }
            }
        }
        return [.. found.OrderBy(f => f.Km)];
    }

    /// <summary>At least <paramref name="count"/> nearest items, widening the search until found (or 1,000 km).</summary>
    public List<(T Item, double Km)> Nearest(double lat, double lon, int count)
    {
        for (var km = 5.0; ; km *= 2)
        {
            var found = Within(lat, lon, km);
            if (found.Count >= count || km > 1000) return [.. found.Take(count)];
        }
    }

    public static double Km(double lat1, double lon1, double lat2, double lon2)
    {
        const double toRadians = Math.PI / 180;
        var a = Math.Pow(Math.Sin((lat2 - lat1) * toRadians / 2), 2)
            + Math.Cos(lat1 * toRadians) * Math.Cos(lat2 * toRadians) * Math.Pow(Math.Sin((lon2 - lon1) * toRadians / 2), 2);
        return 2 * 6371.0088 * Math.Asin(Math.Sqrt(a));
    }
}
