using Relais.Generator.Resolve;
using Relais.Generator.Tests.SampleSite;
using Relais.Model;

namespace Relais.Generator.Tests.Resolve;

public sealed class GeoIndexTests
{
    private sealed record Spot(string Name, GeoPoint Point);

    private static readonly GeoPoint Loches = new(47.129, 0.996);

    // A tiny geography around Loches: 0, about 1.5, 25, 27 and 460 km away.
    private static readonly Spot[] Spots =
    [
        new("tibiran", new(43.050, 0.545)),
        new("sorigny", new(47.243, 0.695)),
        new("loches", Loches),
        new("montbazon", new(47.288, 0.713)),
        new("beaulieu", new(47.126, 1.016)),
    ];

    private static GeoIndex<Spot> Index(IEnumerable<Spot>? spots = null) => new(spots ?? Spots, s => s.Point);

    private static double Km(GeoPoint a, GeoPoint b) => Haversine.Km((a.Latitude, a.Longitude), (b.Latitude, b.Longitude));

    public sealed class Within
    {
        [Theory]
        [InlineData(0.5)]
        [InlineData(10)]
        [InlineData(26)]
        [InlineData(30)]
        [InlineData(1000)]
        public void Finds_exactly_the_items_within_the_distance_nearest_first(double km)
        {
            var found = Index().Within(Loches, km);

            var expected = Spots.Where(s => Km(Loches, s.Point) <= km).OrderBy(s => Km(Loches, s.Point)).Select(s => s.Name);
            Assert.Equal(expected, found.Select(n => n.Item.Name));
            Assert.All(found, n => Assert.Equal(Km(Loches, n.Item.Point), n.DistanceKm, 9));
        }

        [Fact]
        public void Leaves_out_an_item_in_the_corner_of_the_search_box_but_beyond_the_distance()
        {
            // 8.9 km north and 9.1 km east: inside a 10 km box, 12.7 km away
            var corner = new Spot("corner", new(Loches.Latitude + 0.08, Loches.Longitude + 0.12));
            Assert.True(Km(Loches, corner.Point) > 10);

            Assert.Empty(Index([corner]).Within(Loches, 10));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(45)]
        [InlineData(90)]
        [InlineData(135)]
        [InlineData(180)]
        [InlineData(225)]
        [InlineData(270)]
        [InlineData(315)]
        public void Agrees_with_the_great_circle_distance_at_the_edge_in_every_direction(double bearing)
        {
            // Given one item a centimetre inside 10 km and one a centimetre beyond, in this direction
            var inside = new Spot("inside", Destination(Loches, bearing, 10 - 1e-5));
            var outside = new Spot("outside", Destination(Loches, bearing, 10 + 1e-5));

            var found = Index([inside, outside]).Within(Loches, 10);

            Assert.Equal(["inside"], found.Select(n => n.Item.Name));
        }

        [Fact]
        public void Applies_the_filter()
        {
            var found = Index().Within(Loches, 30, s => s.Name != "beaulieu");

            Assert.Equal(["loches", "sorigny", "montbazon"], found.Select(n => n.Item.Name));
        }

        [Fact]
        public void Finds_nothing_in_an_empty_index()
        {
            Assert.Empty(Index([]).Within(Loches, 1000));
        }
    }

    public sealed class Nearest
    {
        [Fact]
        public void Widens_the_search_until_it_has_enough_items()
        {
            // Only two items within the first 10 km: the search must go on to 25 km
            var found = Index().Nearest(Loches, 3);

            Assert.Equal(["loches", "beaulieu", "sorigny"], found.Select(n => n.Item.Name));
        }

        [Fact]
        public void Finds_a_single_match_hundreds_of_kilometres_away()
        {
            var found = Index().Nearest(Loches, 1, s => s.Name == "tibiran");

            var only = Assert.Single(found);
            Assert.Equal("tibiran", only.Item.Name);
            Assert.Equal(Km(Loches, only.Item.Point), only.DistanceKm, 9);
        }

        [Fact]
        public void Skips_nearer_items_the_filter_rejects()
        {
            var found = Index().Nearest(Loches, 2, s => s.Name.StartsWith('m') || s.Name.StartsWith('s'));

            Assert.Equal(["sorigny", "montbazon"], found.Select(n => n.Item.Name));
        }

        [Fact]
        public void Returns_every_item_when_asked_for_more_than_there_are()
        {
            var found = Index().Nearest(Loches, 10);

            Assert.Equal(Spots.Length, found.Count);
            Assert.Equal(found.OrderBy(n => n.DistanceKm), found);
        }

        [Fact]
        public void Returns_nothing_when_nothing_matches()
        {
            Assert.Empty(Index().Nearest(Loches, 1, _ => false));
            Assert.Empty(Index([]).Nearest(Loches, 3));
        }
    }

    /// <summary>The point <paramref name="km"/> away on a great circle leaving at <paramref name="bearing"/> degrees.</summary>
    private static GeoPoint Destination(GeoPoint from, double bearing, double km)
    {
        var δ = km / Haversine.EarthRadiusKm;
        var θ = bearing * Math.PI / 180;
        var φ1 = from.Latitude * Math.PI / 180;
        var λ1 = from.Longitude * Math.PI / 180;
        var φ2 = Math.Asin(Math.Sin(φ1) * Math.Cos(δ) + Math.Cos(φ1) * Math.Sin(δ) * Math.Cos(θ));
        var λ2 = λ1 + Math.Atan2(Math.Sin(θ) * Math.Sin(δ) * Math.Cos(φ1), Math.Cos(δ) - Math.Sin(φ1) * Math.Sin(φ2));
        return new GeoPoint(φ2 * 180 / Math.PI, λ2 * 180 / Math.PI);
    }
}
