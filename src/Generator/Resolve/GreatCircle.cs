using Relais.Model;

namespace Relais.Generator.Resolve;

/// <summary>
/// The one distance of the site: great-circle (haversine), as the crow flies, on the IUGG mean sphere.
/// Resolve measures with it; validation's « far from its commune » check calls it too.
/// </summary>
public static class GreatCircle
{
    private const double EarthRadiusKm = 6371.0088;

    public static double Km(GeoPoint a, GeoPoint b)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
