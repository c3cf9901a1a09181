using Relais.Generator.Import;
using Relais.Generator.Resolve;
using Relais.Model;

namespace Relais.Generator.Tests.Import;

/// <summary>Positions as hubs write them, and the Lambert-93 inverse projection.</summary>
public sealed class HubCoordinatesTests
{
    private static readonly Commune Loches = CommuneMatcherTests.Commune("37132", "Loches", 47.129, 0.996, "37600");

    [Theory]
    [InlineData("47.1283", "0.9958")]
    [InlineData("47,1283", "0,9958")]
    [InlineData(" 47,1283 ", "0.9958°")]
    public void Degrees_with_a_point_or_a_comma(string lat, string lon)
    {
        var position = HubCoordinates.Read(lat, lon, Loches);
        Assert.Equal(new GeoPoint(47.1283, 0.9958), position.Point);
        Assert.Null(position.Note);
    }

    [Fact]
    public void Missing_coordinates_give_the_commune_centre_with_a_note()
    {
        var position = HubCoordinates.Read("", "", Loches);
        Assert.Null(position.Point);
        Assert.Contains("centre de Loches", position.Note);
    }

    [Fact]
    public void Swapped_coordinates_are_put_back()
    {
        var position = HubCoordinates.Read("0.9958", "47.1283", Loches);
        Assert.Equal(new GeoPoint(47.1283, 0.9958), position.Point);
        Assert.Contains("inversées", position.Note);
    }

    [Fact]
    public void A_position_more_than_30_km_away_gives_the_commune_centre_and_names_both()
    {
        var position = HubCoordinates.Read("48.8566", "2.3522", Loches);
        Assert.Null(position.Point);
        Assert.Contains("(48.8566, 2.3522)", position.Note);
        Assert.Contains("(47.129, 0.996)", position.Note);
        Assert.Contains("km du centre de Loches", position.Note);
    }

    [Fact]
    public void Lambert_93_metres_are_converted_to_degrees()
    {
        // Loches's centre projected in Lambert-93 (checked with the forward projection below).
        var (x, y) = Forward(new GeoPoint(47.1283, 0.9958));
        var position = HubCoordinates.Read(y.ToString(System.Globalization.CultureInfo.InvariantCulture), x.ToString(System.Globalization.CultureInfo.InvariantCulture), Loches);
        Assert.NotNull(position.Point);
        Assert.True(GreatCircle.Km(position.Point.Value, new GeoPoint(47.1283, 0.9958)) < 0.001);
        Assert.Contains("Lambert-93", position.Note);
    }

    [Fact]
    public void The_projection_origin_is_46_5_north_3_east() =>
        Assert.True(GreatCircle.Km(Lambert93.ToWgs84(700000, 6600000), new GeoPoint(46.5, 3)) < 1e-6);

    [Theory]
    [InlineData(48.8583701, 2.2944813)] // Paris, Eiffel tower
    [InlineData(43.0856, 0.5689)]       // Comminges
    [InlineData(42.7, 9.45)]            // Corsica
    [InlineData(51.05, 2.37)]           // Dunkerque
    public void Lambert_93_round_trips_across_France(double lat, double lon)
    {
        var (x, y) = Forward(new GeoPoint(lat, lon));
        Assert.True(GreatCircle.Km(Lambert93.ToWgs84(x, y), new GeoPoint(lat, lon)) < 0.001);
    }

    [Fact]
    public void The_Eiffel_tower_is_where_the_IGN_puts_it()
    {
        // Lambert-93 of the Eiffel tower as published by the IGN's converter (to the metre).
        var point = Lambert93.ToWgs84(648237, 6862271);
        Assert.True(GreatCircle.Km(point, new GeoPoint(48.85837, 2.29448)) < 0.01);
    }

    [Fact]
    public void Metres_in_an_unknown_projection_are_refused_with_the_reason()
    {
        var position = HubCoordinates.Read("5900000", "110000", Loches);
        Assert.Null(position.Point);
        Assert.Contains("projection inconnue", position.Note);
    }

    /// <summary>The forward Lambert conformal conic projection (IGN ALG0003), written independently of the inverse under test.</summary>
    private static (double X, double Y) Forward(GeoPoint p)
    {
        const double e = 0.0818191910428158, n = 0.725607765053267, c = 11754255.4261, xs = 700000, ys = 12655612.0499;
        var phi = p.Latitude * Math.PI / 180;
        var isometric = Math.Log(Math.Tan(Math.PI / 4 + phi / 2) * Math.Pow((1 - e * Math.Sin(phi)) / (1 + e * Math.Sin(phi)), e / 2));
        var gamma = n * (p.Longitude - 3) * Math.PI / 180;
        var r = c * Math.Exp(-n * isometric);
        return (xs + r * Math.Sin(gamma), ys - r * Math.Cos(gamma));
    }
}
