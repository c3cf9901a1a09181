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
    private const double MarkerRadius = 18;

    /// <summary>Ring labels and marker numbers: about 11 pt on the printed sheet, where the map is 65 mm wide.</summary>
    private const double LabelFont = 24;

    private const double CentreFont = 26;
    private static readonly double[] Rings = [5, 10, 15];
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static MapImage Draw(GeoPoint center, string centerName, IReadOnlyList<MapMarker> markers, string id)
    {
        var legend = markers.Select((m, i) => $"{i + 1}. {m.Label}, {Fr.Kilometres(m.DistanceKm)} {Direction(center, m.Point, m.DistanceKm)}").ToList();
        var key = string.Join("|", markers.Select(m => string.Create(Inv, $"{m.Label};{m.Point.Latitude};{m.Point.Longitude};{m.DistanceKm}")).Prepend(string.Create(Inv, $"map {id};{centerName};{center.Latitude};{center.Longitude}")));
        return new MapImage(new DeferredHtml(key, () => Svg(center, centerName, markers, id)), legend);
    }

    private static string Svg(GeoPoint center, string centerName, IReadOnlyList<MapMarker> markers, string id)
    {
        var reach = Math.Max(Rings[^1], markers.Count == 0 ? 0 : markers.Max(m => m.DistanceKm)) * 1.05;
        var scale = (Size / 2 - Margin) / reach; // pixels per km
        (double X, double Y) Project(GeoPoint p)
        {
            var (east, north) = LocalKm(center, p);
            return (Size / 2 + east * scale, Size / 2 - north * scale);
        }

        var svg = new StringBuilder();
        svg.Append(Inv, $"<svg class=\"static-map\" viewBox=\"0 0 {Size} {Size}\" role=\"img\" aria-labelledby=\"{id}-titre\" aria-describedby=\"{id}-legende\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(Inv, $"<title id=\"{id}-titre\">Carte des lieux d'aide autour {Encode(Fr.Of(centerName))}, cercles à 5, 10 et 15 km</title>");
        svg.Append(Inv, $"<rect width=\"{Size}\" height=\"{Size}\" fill=\"#fff\"/>");
        foreach (var ring in Rings)
            svg.Append(Inv, $"<circle cx=\"{Size / 2}\" cy=\"{Size / 2}\" r=\"{ring * scale:0.#}\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>");
        svg.Append(Inv, $"<rect x=\"{Size / 2 - 8}\" y=\"{Size / 2 - 8}\" width=\"16\" height=\"16\" fill=\"#0b3b6f\"/>");
        var centreLabel = Box(Size / 2, Size / 2 + 34, centerName, CentreFont);
        svg.Append(Inv, $"<text x=\"{Size / 2}\" y=\"{Size / 2 + 34}\" font-size=\"{CentreFont}\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#000\">{Encode(centerName)}</text>");
        var placed = new List<(double X, double Y)>();
        foreach (var marker in markers) placed.Add(Place(Project(marker.Point), placed));
        // Lines first, circles over them: a line to a marker moved aside never crosses another's number.
        for (var i = 0; i < markers.Count; i++)
        {
            var point = Project(markers[i].Point);
            var (x, y) = placed[i];
            if (x == point.X && y == point.Y) continue;
            // Moved off a marker it would hide: a dot and a line show where the place really is.
            svg.Append(Inv, $"<line x1=\"{point.X:0.#}\" y1=\"{point.Y:0.#}\" x2=\"{x:0.#}\" y2=\"{y:0.#}\" stroke=\"#000\" stroke-width=\"2\"/>");
            svg.Append(Inv, $"<circle cx=\"{point.X:0.#}\" cy=\"{point.Y:0.#}\" r=\"4\" fill=\"#000\"/>");
        }
        for (var i = 0; i < markers.Count; i++)
        {
            var (x, y) = placed[i];
            svg.Append(Inv, $"<circle cx=\"{x:0.#}\" cy=\"{y:0.#}\" r=\"{MarkerRadius}\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"2.5\"/>");
            svg.Append(Inv, $"<text x=\"{x:0.#}\" y=\"{y + LabelFont * 0.35:0.#}\" font-size=\"{LabelFont}\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"#000\">{i + 1}</text>");
        }
        // Ring labels last, each where it covers no marker, the commune's name nor another label.
        var labels = new List<(double Left, double Top, double Right, double Bottom)> { centreLabel };
        foreach (var ring in Rings)
        {
            var text = $"{ring:0} km";
            var (x, y) = RingLabelSpot(ring * scale, text, placed, labels);
            labels.Add(Box(x, y, text, LabelFont));
            svg.Append(Inv, $"<text x=\"{x:0.#}\" y=\"{y:0.#}\" font-size=\"{LabelFont}\" text-anchor=\"middle\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"5\" paint-order=\"stroke\">{text}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>
    /// The local flat projection of the generator's maps: km east and north of <paramref name="center"/>
    /// (a degree of longitude shrinks with the cosine of the latitude). Enough at a department's scale.
    /// </summary>
    public static (double East, double North) LocalKm(GeoPoint center, GeoPoint p) =>
        ((p.Longitude - center.Longitude) * 111.32 * Math.Cos(center.Latitude * Math.PI / 180), (p.Latitude - center.Latitude) * 110.57);

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

    /// <summary>
    /// Where a ring's label goes: on the ring, at the first spot (top, bottom, then every 22.5°)
    /// where it overlaps no marker and no label already there; when none is free, where it covers
    /// the fewest (a marker counting more than a label).
    /// </summary>
    private static (double X, double Y) RingLabelSpot(double radius, string text, IReadOnlyList<(double X, double Y)> markers,
        IReadOnlyList<(double Left, double Top, double Right, double Bottom)> labels)
    {
        var halfWidth = Width(text, LabelFont) / 2;
        var best = (X: Size / 2, Y: Size / 2, Covered: int.MaxValue);
        foreach (var degrees in LabelAngles)
        {
            var angle = degrees * Math.PI / 180;
            var x = Math.Clamp(Size / 2 + radius * Math.Sin(angle), halfWidth + 2, Size - halfWidth - 2);
            var y = Math.Clamp(Size / 2 - radius * Math.Cos(angle) + LabelFont * 0.35, LabelFont, Size - 4);
            var box = Box(x, y, text, LabelFont);
            var covered = 0;
            foreach (var m in markers) if (Overlaps(box, m)) covered += 2;
            foreach (var l in labels) if (Overlaps(box, l)) covered++;
            if (covered < best.Covered) best = (x, y, covered);
            // The first spot that covers nothing is the one: no later spot can do better.
            if (covered == 0) break;
        }
        return (best.X, best.Y);
    }

    private static readonly double[] LabelAngles =
        new[] { 0.0, 180 }.Concat(Enumerable.Range(1, 7).SelectMany(k => new[] { k * 22.5, 360 - k * 22.5, 180 - k * 22.5, 180 + k * 22.5 })).Distinct().ToArray();

    /// <summary>The box of a centred text whose baseline is at y (widths estimated: no font is measured here).</summary>
    private static (double Left, double Top, double Right, double Bottom) Box(double x, double y, string text, double font) =>
        (x - Width(text, font) / 2, y - font * 0.8, x + Width(text, font) / 2, y + font * 0.25);

    private static double Width(string text, double font) => text.Length * font * 0.58;

    private static bool Overlaps((double Left, double Top, double Right, double Bottom) box, (double X, double Y) marker)
    {
        var nearestX = Math.Clamp(marker.X, box.Left, box.Right);
        var nearestY = Math.Clamp(marker.Y, box.Top, box.Bottom);
        return Math.Sqrt((marker.X - nearestX) * (marker.X - nearestX) + (marker.Y - nearestY) * (marker.Y - nearestY)) < MarkerRadius + 2;
    }

    private static bool Overlaps((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

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
