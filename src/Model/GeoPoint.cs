namespace Relais.Model;

/// <summary>WGS84 degrees.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

public static class GeoPointExtensions
{
    private const double EarthRadiusKm = 6371.0088; // IUGG mean radius

    /// <summary>Great-circle distance (haversine), as the crow flies.</summary>
    public static double DistanceKm(this GeoPoint a, GeoPoint b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
