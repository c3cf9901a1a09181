using System.Globalization;
using System.Text;
using Relais.Model;

namespace Relais.Generator.Outputs;

/// <summary>The « autour de moi » index: squares of 1° by 1° around the visitor, with the communes and places inside.</summary>
public static class NearbyIndex
{
    /// <summary>Squares of 1° by 1°, named by the floor of latitude and longitude: communes and places inside.</summary>
    public static void Write(OutputContext context, OutputSink sink)
    {
        static string Square(GeoPoint p) => string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Floor(p.Latitude)}_{(int)Math.Floor(p.Longitude)}");
        var squares = new SortedDictionary<string, StringBuilder>(StringComparer.Ordinal);
        StringBuilder For(GeoPoint p) => squares.TryGetValue(Square(p), out var b) ? b : squares[Square(p)] = new StringBuilder();
        var site = context.Site;
        foreach (var c in site.Communes)
            For(c.Location).Append(CultureInfo.InvariantCulture, $"c|{Coordinate(c.Location.Latitude)}|{Coordinate(c.Location.Longitude)}|{c.Code.Value}|{c.Name}\n");
        foreach (var p in site.Places)
            For(p.Location).Append(CultureInfo.InvariantCulture, $"l|{Coordinate(p.Location.Latitude)}|{Coordinate(p.Location.Longitude)}|{p.Slug}|{Clean(p.Name)}|{p.Address.Commune.Name}\n");
        foreach (var (key, text) in squares) sink.Text($"{Routes.NearbyIndex}{key}.txt", text.ToString());
        // The squares that exist, so that the script asks for no missing one.
        sink.Text($"{Routes.NearbyIndex}carres.txt", string.Join('\n', squares.Keys) + "\n");
    }

    private static string Coordinate(double degrees) => degrees.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Clean(string text) => text.Replace('|', '/').Replace('\n', ' ');
}
