using System.Globalization;
using System.Net;
using System.Text;
using Relais.Model;
using Relais.Model.Pages;
using Relais.Model.Resolved;

namespace Relais.Generator.Plan;

/// <summary>
/// A department's communes as small marks coloured (and shaped) by distance band (Resolve's <see cref="CommuneReach.Band"/>),
/// drawn as inline SVG in <see cref="StaticMap"/>'s projection: no tiles, no script, prints. One mark per
/// commune, in a group per band, each a use of the band's shape in the band's colour; the page's legend and table say the same in words.
/// </summary>
public static class CoverageMap
{
    /// <summary>Near to far; each has a contrast of 4.9:1 or more on the map's white (WCAG 1.4.11 asks 3:1).</summary>
    public static IReadOnlyList<string> Colours { get; } = ["#1a7a3a", "#5f7a00", "#a35200", "#c42b1c", "#8a1c5c", "#4a1670"];

    private const double Width = 400;
    private const double MaxHeight = 480;
    private const double Margin = 14;
    /// <summary>A mark's size at national scale (900 communes on a 400-wide map); fewer communes get larger marks, up to <see cref="LargestMark"/>.</summary>
    private const double SmallestMark = 7;

    private const double LargestMark = 16;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The colour of a band (the site has at most five bands, so six colours).</summary>
    public static string Colour(int band) => Colours[Math.Clamp(band, 0, Colours.Count - 1)];

    /// <summary>
    /// A band's shape, so that the map does not rely on colour alone: circle, square, diamond, triangle,
    /// triangle upside down, cross; an SVG path centred on 0,0 whose width is about <paramref name="size"/>.
    /// </summary>
    public static string Shape(int band, double size)
    {
        var r = size / 2;
        var d = Math.Round(r * 1.25, 2);
        string N(double v) => v.ToString("0.##", Inv);
        return Math.Clamp(band, 0, 5) switch
        {
            0 => $"M{N(-r)} 0a{N(r)} {N(r)} 0 1 0 {N(2 * r)} 0a{N(r)} {N(r)} 0 1 0 {N(-2 * r)} 0z",
            1 => $"M{N(-r)} {N(-r)}h{N(2 * r)}v{N(2 * r)}h{N(-2 * r)}z",
            2 => $"M0 {N(-d)}L{N(d)} 0L0 {N(d)}L{N(-d)} 0z",
            3 => $"M0 {N(-d)}L{N(d)} {N(r)}L{N(-d)} {N(r)}z",
            4 => $"M0 {N(d)}L{N(d)} {N(-r)}L{N(-d)} {N(-r)}z",
            _ => $"M{N(-r / 3)} {N(-r)}h{N(2 * r / 3)}v{N(2 * r / 3)}h{N(2 * r / 3)}v{N(2 * r / 3)}h{N(-2 * r / 3)}v{N(2 * r / 3)}h{N(-2 * r / 3)}v{N(-2 * r / 3)}h{N(-2 * r / 3)}v{N(-2 * r / 3)}h{N(2 * r / 3)}z",
        };
    }

    /// <param name="label">The map's accessible name: what it shows and the counts (the legend repeats them).</param>
    public static DeferredHtml Draw(IReadOnlyList<CommuneReach> communes, string label, string id)
    {
        var key = string.Join("|", communes.Select(r => string.Create(Inv, $"{r.Commune.Code.Value};{r.Commune.Location.Latitude};{r.Commune.Location.Longitude};{r.Band}"))
            .Prepend($"coverage map {id};{label}"));
        return new DeferredHtml(key, () => Svg(communes, label, id));
    }

    private static string Svg(IReadOnlyList<CommuneReach> communes, string label, string id)
    {
        var svg = new StringBuilder();
        if (communes.Count == 0)
            return "";
        var lat = communes.Select(r => r.Commune.Location.Latitude).ToList();
        var lon = communes.Select(r => r.Commune.Location.Longitude).ToList();
        var center = new GeoPoint((lat.Min() + lat.Max()) / 2, (lon.Min() + lon.Max()) / 2);
        var km = communes.Select(r => StaticMap.LocalKm(center, r.Commune.Location)).ToList();
        // At least 10 km across, so that a department of one commune is not drawn at an absurd scale.
        var spanEast = Math.Max(10, km.Max(p => p.East) - km.Min(p => p.East));
        var spanNorth = Math.Max(10, km.Max(p => p.North) - km.Min(p => p.North));
        var inner = Width - 2 * Margin;
        var scale = Math.Min(inner / spanEast, (MaxHeight - 2 * Margin) / spanNorth); // pixels per km
        var height = Math.Ceiling(spanNorth * scale + 2 * Margin);
        var midEast = (km.Max(p => p.East) + km.Min(p => p.East)) / 2;
        var midNorth = (km.Max(p => p.North) + km.Min(p => p.North)) / 2;

        svg.Append(Inv, $"<svg class=\"coverage-map\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" aria-describedby=\"{id}-legende\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(Inv, $"<title>{WebUtility.HtmlEncode(label)}</title>");
        svg.Append(Inv, $"<rect width=\"{Width}\" height=\"{height}\" fill=\"#fff\"/>");
        var mark = Math.Round(Math.Clamp(0.4 * Math.Sqrt(Width * height / communes.Count), SmallestMark, LargestMark), 1);
        var groups = communes.Select((r, i) => (r.Band, i)).GroupBy(x => x.Band).OrderBy(g => g.Key).ToList();
        // One shape per band, drawn once and used at each commune (about 40 bytes a commune).
        svg.Append("<defs>");
        foreach (var band in groups)
            svg.Append(Inv, $"<path id=\"{id}-b{band.Key}\" d=\"{Shape(band.Key, mark)}\" fill=\"{Colour(band.Key)}\" stroke=\"#fff\" stroke-width=\"0.8\"/>");
        svg.Append("</defs>");
        // Near bands first, far ones over them: where marks touch, the commune far from help shows.
        foreach (var band in groups)
        {
            svg.Append(Inv, $"<g class=\"band-{band.Key}\">");
            foreach (var (_, i) in band)
            {
                var x = Width / 2 + (km[i].East - midEast) * scale;
                var y = height / 2 - (km[i].North - midNorth) * scale;
                svg.Append(Inv, $"<use href=\"#{id}-b{band.Key}\" x=\"{x:0.#}\" y=\"{y:0.#}\"/>");
            }
            svg.Append("</g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
