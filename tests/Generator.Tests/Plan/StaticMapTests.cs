using System.Globalization;
using System.Xml.Linq;
using Relais.Generator.Plan;
using Relais.Generator.Tests.SampleSite;
using Relais.Model;

namespace Relais.Generator.Tests.Plan;

/// <summary>The static SVG map of the after-the-bus sheet and the commune page: rings, numbered markers, a legend in words.</summary>
public sealed class StaticMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly GeoPoint Center = new(47.0, 1.0);

    /// <summary>A point <paramref name="eastKm"/> east and <paramref name="northKm"/> north of <see cref="Center"/>.</summary>
    private static GeoPoint Offset(double eastKm, double northKm) =>
        new(Center.Latitude + northKm / 111.195, Center.Longitude + eastKm / (111.195 * Math.Cos(Center.Latitude * Math.PI / 180)));

    private static MapMarker Marker(string label, double eastKm, double northKm)
    {
        var point = Offset(eastKm, northKm);
        return new MapMarker(label, point, Haversine.Km((Center.Latitude, Center.Longitude), (point.Latitude, point.Longitude)));
    }

    private static readonly MapMarker[] Markers =
    [
        Marker("Mairie (Village)", 0.2, 0.1),
        Marker("Médiathèque (Bourg)", 7 / Math.Sqrt(2), 7 / Math.Sqrt(2)),
        Marker("France Services (Ville)", 0, -12),
        Marker("EPN (Hameau)", -4, 0),
    ];

    [Fact]
    public void The_map_is_a_named_image_described_by_its_legend()
    {
        var map = StaticMap.Draw(Center, "Saint-Test & <Fils>", Markers, "carte-suite");
        var svg = XDocument.Parse(map.Svg.Value).Root!; // well-formed XML, names escaped

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        var title = svg.Element(Svg + "title");
        Assert.NotNull(title);
        Assert.Equal((string?)svg.Attribute("aria-labelledby"), (string?)title.Attribute("id"));
        Assert.Contains("Saint-Test & <Fils>", title.Value);
        Assert.Contains("5, 10 et 15 km", title.Value);
        Assert.Equal("carte-suite-legende", (string?)svg.Attribute("aria-describedby"));
    }

    [Fact]
    public void Rings_at_5_10_and_15_km_are_drawn_around_the_centre_and_labelled()
    {
        var svg = XDocument.Parse(StaticMap.Draw(Center, "Centre", Markers, "carte").Svg.Value).Root!;

        var rings = Rings(svg);
        Assert.Equal(3, rings.Count);
        Assert.All(rings, r => Assert.Equal((200.0, 200.0), (Number(r, "cx"), Number(r, "cy"))));
        var radii = rings.Select(r => Number(r, "r")).ToList();
        Assert.Equal(radii[0] * 2, radii[1], 0.1);
        Assert.Equal(radii[0] * 3, radii[2], 0.1);
        Assert.Equal(["5 km", "10 km", "15 km"], Texts(svg).Where(t => t.EndsWith(" km", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void Each_place_has_one_numbered_marker_where_it_is_from_the_centre()
    {
        var svg = XDocument.Parse(StaticMap.Draw(Center, "Centre", Markers, "carte").Svg.Value).Root!;
        var pixelsPerKm = Number(Rings(svg)[0], "r") / 5;

        var markers = svg.Elements(Svg + "circle").Except(Rings(svg)).ToList();
        Assert.Equal(Markers.Length, markers.Count);
        var numbers = svg.Elements(Svg + "text").Where(t => int.TryParse(t.Value, out _)).ToList();
        Assert.Equal(Enumerable.Range(1, Markers.Length).Select(n => n.ToString(CultureInfo.InvariantCulture)), numbers.Select(t => t.Value));

        (double East, double North)[] expected = [(0.2, 0.1), (7 / Math.Sqrt(2), 7 / Math.Sqrt(2)), (0, -12), (-4, 0)];
        for (var i = 0; i < Markers.Length; i++)
        {
            // The marker sits where the place is, to a few hundred metres, and its number on it
            var (x, y) = (Number(markers[i], "cx"), Number(markers[i], "cy"));
            Assert.Equal(expected[i].East, (x - 200) / pixelsPerKm, 0.3);
            Assert.Equal(expected[i].North, (200 - y) / pixelsPerKm, 0.3);
            Assert.Equal(x, Number(numbers[i], "x"), 0.1);
        }
    }

    [Fact]
    public void The_legend_gives_each_place_its_number_distance_and_direction()
    {
        var legend = StaticMap.Draw(Center, "Centre", Markers, "carte").Legend.Select(OutputAssert.Normalize).ToList();

        Assert.Equal(
        [
            "1. Mairie (Village), moins d'1 km sur place",
            "2. Médiathèque (Bourg), 7 km au nord-est",
            "3. France Services (Ville), 12 km au sud",
            "4. EPN (Hameau), 4 km à l'ouest",
        ], legend);
    }

    [Fact]
    public void A_place_beyond_the_last_ring_is_still_on_the_map()
    {
        MapMarker[] far = [Marker("Loin (Ailleurs)", 30, -10)];
        var svg = XDocument.Parse(StaticMap.Draw(Center, "Centre", far, "carte").Svg.Value).Root!;

        var marker = Assert.Single(svg.Elements(Svg + "circle").Except(Rings(svg)));
        var r = Number(marker, "r");
        Assert.InRange(Number(marker, "cx"), r, 400 - r);
        Assert.InRange(Number(marker, "cy"), r, 400 - r);
        Assert.Equal("1. Loin (Ailleurs), 32 km à l'est", OutputAssert.Normalize(StaticMap.Draw(Center, "Centre", far, "carte").Legend[0]));
    }

    /// <summary>Places right where the rings' labels would go (north of the centre, on each ring): the labels move aside.</summary>
    [Fact]
    public void Ring_labels_never_cover_a_marker_nor_the_communes_name()
    {
        MapMarker[] onLabels = [Marker("A (Nord 5)", 0.3, 5.4), Marker("B (Nord 10)", 0.3, 10.4), Marker("C (Nord 15)", 0.3, 15.4), Marker("D (Sud 5)", 0, -5)];
        var svg = XDocument.Parse(StaticMap.Draw(Center, "Centre", onLabels, "carte").Svg.Value).Root!;

        var markers = svg.Elements(Svg + "circle").Except(Rings(svg)).Where(c => Number(c, "r") > 4).ToList();
        var labels = svg.Elements(Svg + "text").Where(t => t.Value.EndsWith(" km", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, labels.Count);
        foreach (var label in labels)
        {
            // The label's box (centred on x, above its baseline; characters about 0.6 em wide)
            var font = Number(label, "font-size");
            var (x, y, half) = (Number(label, "x"), Number(label, "y"), label.Value.Length * font * 0.3);
            foreach (var marker in markers)
            {
                var (cx, cy, r) = (Number(marker, "cx"), Number(marker, "cy"), Number(marker, "r"));
                var dx = cx - Math.Clamp(cx, x - half, x + half);
                var dy = cy - Math.Clamp(cy, y - font * 0.75, y + font * 0.2);
                Assert.True(Math.Sqrt(dx * dx + dy * dy) >= r, $"« {label.Value} » at ({x}, {y}) covers the marker at ({cx}, {cy}).");
            }
        }
    }

    [Theory]
    [InlineData(0, 10, "au nord")]
    [InlineData(10, 10, "au nord-est")]
    [InlineData(10, 0, "à l'est")]
    [InlineData(10, -10, "au sud-est")]
    [InlineData(0, -10, "au sud")]
    [InlineData(-10, -10, "au sud-ouest")]
    [InlineData(-10, 0, "à l'ouest")]
    [InlineData(-10, 10, "au nord-ouest")]
    [InlineData(3, 9, "au nord")] // 18° east of north: nearer north than north-east
    [InlineData(0.5, 0.5, "sur place")]
    public void Direction_names_the_nearest_of_eight_compass_points(double eastKm, double northKm, string expected) =>
        Assert.Equal(expected, StaticMap.Direction(Center, Offset(eastKm, northKm), Relais.Generator.Resolve.GreatCircle.Km(Center, Offset(eastKm, northKm))));

    private static List<XElement> Rings(XElement svg) =>
        svg.Elements(Svg + "circle").Where(c => c.Attribute("stroke-dasharray") is not null).ToList();

    private static IEnumerable<string> Texts(XElement svg) => svg.Elements(Svg + "text").Select(t => t.Value);

    private static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
