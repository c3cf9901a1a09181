using Relais.Model;

namespace Relais.Generator.Import;

/// <summary>
/// Lambert-93 (EPSG:2154, the French official projection, on the GRS80 ellipsoid) to longitude and
/// latitude, by the IGN's inverse of the Lambert conformal conic projection (note NT/G 71, algorithms
/// ALG0004 and ALG0001). RGF93 and WGS84 differ by less than a metre, far below what a place needs.
/// </summary>
public static class Lambert93
{
    private const double E = 0.0818191910428158;          // first eccentricity of GRS80
    private const double N = 0.725607765053267;           // cone constant
    private const double C = 11754255.4261;               // projection constant, metres
    private const double Xs = 700000;                     // false easting of the pole
    private const double Ys = 12655612.0499;              // false northing of the pole
    private const double Lambda0 = 3 * Math.PI / 180;     // central meridian, 3° east of Greenwich

    /// <summary>Metropolitan France (with Corsica and a margin) in Lambert-93 metres.</summary>
    public static bool IsPlausible(double x, double y) => x is > 0 and < 1_300_000 && y is > 6_000_000 and < 7_200_000;

    public static GeoPoint ToWgs84(double x, double y)
    {
        var dx = x - Xs;
        var dy = y - Ys;
        var r = Math.Sqrt(dx * dx + dy * dy);
        var gamma = Math.Atan(dx / -dy);
        var longitude = Lambda0 + gamma / N;
        var isometric = -Math.Log(Math.Abs(r / C)) / N;
        // Latitude from isometric latitude: a fixed point, reached in a few steps.
        var phi = 2 * Math.Atan(Math.Exp(isometric)) - Math.PI / 2;
        for (var i = 0; i < 20; i++)
        {
            var s = E * Math.Sin(phi);
            var next = 2 * Math.Atan(Math.Pow((1 + s) / (1 - s), E / 2) * Math.Exp(isometric)) - Math.PI / 2;
            if (Math.Abs(next - phi) < 1e-12) return new GeoPoint(Degrees(next), Degrees(longitude));
            phi = next;
        }
        return new GeoPoint(Degrees(phi), Degrees(longitude));
    }

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
