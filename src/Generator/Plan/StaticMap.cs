using System.Globalization;
using System.Net;
using System.Text;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;

namespace Relais.Generator.Plan;

public sealed record MapMarker(string Label, GeoPoint Point, double DistanceKm);

/// <summary>
/// A small map drawn by the generator as SVG: no tiles, no script, prints well. The centre
/// commune, numbered places, and rings at 5, 10 and 15 km, in a local flat projection (enough
/// at this scale). Each marker's number matches the legend, which says distance and direction.
/// </summary>
public static class StaticMap
{
    private const double Size = 400;
    private const double Margin = 28;
    private const double MarkerRadius = 13;
    private static readonly double[] Rings = [5, 10, 15];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static MapImage Draw(GeoPoint center, string centerName, IReadOnlyList<MapMarker> markers, string id)
    {
        var reach = Math.Max(Rings[^1], markers.Count == 0 ? 0 : markers.Max(m => m.DistanceKm)) * 1.05;
        var scale = (Size / 2 - Margin) / reach; // pixels per km
        var cosLat = Math.Cos(center.Latitude * Math.PI / 180);
        (double X, double Y) Project(GeoPoint p) =>
            (Size / 2 + (p.Longitude - center.Longitude) * 111.32 * cosLat * scale, Size / 2 - (p.Latitude - center.Latitude) * 110.57 * scale);

        var legend = markers.Select((m, i) => $"{i + 1}. {m.Label}, {Fr.Kilometres(m.DistanceKm)} {Direction(center, m.Point, m.DistanceKm)}").ToList();
        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg class=\"static-map\" viewBox=\"0 0 {Size} {Size}\" role=\"img\" aria-labelledby=\"{id}-titre\" aria-describedby=\"{id}-legende\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(Inv, $"<title id=\"{id}-titre\">Carte des lieux d'aide autour {Encode(Fr.Of(centerName))}, cercles à 5, 10 et 15 km</title>");
        svg.Append(Inv, $"<rect width=\"{Size}\" height=\"{Size}\" fill=\"#fff\"/>");
        foreach (var ring in Rings)
        {
            var r = ring * scale;
            svg.Append(Inv, $"<circle cx=\"{Size / 2}\" cy=\"{Size / 2}\" r=\"{r:0.#}\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
            svg.Append(Inv, $"<text x=\"{Size / 2 + 4}\" y=\"{Size / 2 - r - 4:0.#}\" font-size=\"14\" fill=\"#222\">{ring:0} km</text>");
        }
        svg.Append(Inv, $"<rect x=\"{Size / 2 - 8}\" y=\"{Size / 2 - 8}\" width=\"16\" height=\"16\" fill=\"#0b3b6f\"/>");
        svg.Append(Inv, $"<text x=\"{Size / 2 + 12}\" y=\"{Size / 2 + 22}\" font-size=\"16\" font-weight=\"bold\" fill=\"#000\">{Encode(centerName)}</text>");
        var placed = new List<(double X, double Y)>();
        for (var i = 0; i < markers.Count; i++)
        {
            var point = Project(markers[i].Point);
            var (x, y) = Place(point, placed);
            placed.Add((x, y));
            if (x != point.X || y != point.Y)
            {
                // Moved off a marker it would hide: a dot and a line show where the place really is.
                svg.Append(Inv, $"<line x1=\"{point.X:0.#}\" y1=\"{point.Y:0.#}\" x2=\"{x:0.#}\" y2=\"{y:0.#}\" stroke=\"#000\" stroke-width=\"2\"/>");
                svg.Append(Inv, $"<circle cx=\"{point.X:0.#}\" cy=\"{point.Y:0.#}\" r=\"4\" fill=\"#000\"/>");
            }
            svg.Append(Inv, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{MarkerRadius}\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"2.5\"/>");
            svg.Append(Inv, $"<text x=\"{x:0.#}\" y=\"{y + 5:0.#}\" font-size=\"15\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#000\">{i + 1}</text>");
        }
        svg.Append("</svg>");
        return new MapImage(new Html(svg.ToString()), legend);
    }

    /// <summary>
    /// Where a marker's circle goes: on its place, or, when that would cover a marker already drawn
    /// (two places in one town), the first free spot around it, clockwise from the north-east, kept
    /// inside the map. Deterministic: the same places always give the same drawing.
    /// </summary>
    private static (double X, double Y) Place((double X, double Y) point, IReadOnlyList<(double X, double Y)> placed)
    {
        bool Free((double X, double Y) p) => placed.All(q => Math.Sqrt((p.X - q.X) * (p.X - q.X) + (p.Y - q.Y) * (p.Y - q.Y)) >= 2 * MarkerRadius + 4);
        if (Free(point)) return point;
        for (var ring = 1; ring <= 4; ring++)
        {
            for (var step = 0; step < 8; step++)
            {
                var angle = (45 + step * 45) * Math.PI / 180;
                var distance = ring * (2 * MarkerRadius + 6);
                var candidate = (
                    X: Math.Clamp(point.X + distance * Math.Sin(angle), MarkerRadius + 2, Size - MarkerRadius - 2),
                    Y: Math.Clamp(point.Y - distance * Math.Cos(angle), MarkerRadius + 2, Size - MarkerRadius - 2));
                if (Free(candidate)) return candidate;
            }
        }
        return point;
    }

    /// <summary>« au nord-est », from the initial bearing; « sur place » under a kilometre (the distance Resolve decided).</summary>
    public static string Direction(GeoPoint from, GeoPoint to, double distanceKm)
    {
        string[] names = ["au nord", "au nord-est", "à l'est", "au sud-est", "au sud", "au sud-ouest", "à l'ouest", "au nord-ouest"];
        double Rad(double d) => d * Math.PI / 180;
        var dLon = Rad(to.Longitude - from.Longitude);
        var y = Math.Sin(dLon) * Math.Cos(Rad(to.Latitude));
        var x = Math.Cos(Rad(from.Latitude)) * Math.Sin(Rad(to.Latitude)) - Math.Sin(Rad(from.Latitude)) * Math.Cos(Rad(to.Latitude)) * Math.Cos(dLon);
        var bearing = (Math.Atan2(y, x) * 180 / Math.PI + 360) % 360;
        return distanceKm < 1 ? "sur place" : names[(int)Math.Round(bearing / 45) % 8];
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
