using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Relais.Generator.BrowserTests.Infrastructure;

public sealed record SampleCommune(string Code, string Name, IReadOnlyList<string> PostalCodes, double Latitude, double Longitude);

public sealed record SamplePlace(string Slug, string Name, string CommuneCode, double Latitude, double Longitude, IReadOnlyList<string> Fees);

public sealed record SampleStop(string Tour, DateOnly Date, string CommuneCode, string Status, IReadOnlyList<string> TourFees)
{
    public bool IsCancelled => Status == "annule";
}

/// <summary>
/// The sample's content files read directly (not through the generator), so that expectations
/// come from what editors wrote rather than from the code under test.
/// </summary>
public sealed class SampleContent
{
    public required IReadOnlyList<SampleCommune> Communes { get; init; }
    public required IReadOnlyList<SamplePlace> Places { get; init; }
    public required IReadOnlyList<SampleStop> Stops { get; init; }

    public static SampleContent Instance { get; } = Read(Repository.Root);

    public SampleCommune Commune(string code) => Communes.Single(c => c.Code == code);

    public static SampleContent Read(string root)
    {
        var content = Path.Combine(root, "content");
        var communes = File.ReadAllLines(Path.Combine(content, "communes.csv")).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .Select(c => new SampleCommune(c[0], c[1], c[2].Split('|'), Number(c[3]), Number(c[4])))
            .ToList();
        var byCode = communes.ToDictionary(c => c.Code);

        var places = Directory.EnumerateFiles(Path.Combine(content, "lieux"), "*.yml").Order(StringComparer.Ordinal).Select(file =>
        {
            var yaml = Load(file);
            var code = Scalar(yaml, "code_insee")!;
            // Without coordinates a place stands at its commune's centre (the generator says so in a warning).
            var latitude = Scalar(yaml, "latitude") is { } lat ? Number(lat) : byCode[code].Latitude;
            var longitude = Scalar(yaml, "longitude") is { } lon ? Number(lon) : byCode[code].Longitude;
            return new SamplePlace(Path.GetFileNameWithoutExtension(file), Scalar(yaml, "nom")!, code, latitude, longitude, List(yaml, "frais_a_charge"));
        }).ToList();

        var stops = Directory.EnumerateFiles(Path.Combine(content, "tournees"), "*.yml").Order(StringComparer.Ordinal).SelectMany(file =>
        {
            var tour = Path.GetFileNameWithoutExtension(file);
            var yaml = Load(file);
            var fees = List(yaml, "frais_a_charge");
            // A recurring stop (« regulier ») stands for its next date: the map shows it once.
            return ((YamlSequenceNode)yaml.Children[new YamlScalarNode("arrets")]).Children.Cast<YamlMappingNode>().Select(stop =>
                new SampleStop(tour, Scalar(stop, "date") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : NextDate(stop),
                    Scalar(stop, "code_insee")!, Scalar(stop, "statut")!, fees));
        }).ToList();

        return new SampleContent { Communes = communes, Places = places, Stops = stops };
    }

    /// <summary>The first date of a recurring stop on or after the build's day (the sample's rules skip no date near it).</summary>
    private static DateOnly NextDate(YamlMappingNode stop)
    {
        var rule = (YamlMappingNode)stop.Children[new YamlScalarNode("regulier")];
        var step = Scalar(rule, "frequence") == "toutes_les_semaines" ? 7 : 14;
        var date = DateOnly.ParseExact(Scalar(rule, "du")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        while (date < BrowserSite.Today) date = date.AddDays(step);
        return date;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(file);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static IReadOnlyList<string> List(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
            ? sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value!).ToList()
            : [];
}

/// <summary>Great-circle distance, as a person measuring on a map would compute it.</summary>
public static class Geo
{
    private const double EarthRadiusKm = 6371.0088;

    public static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double degrees) => degrees * Math.PI / 180;
        var h = Math.Pow(Math.Sin(Rad(lat2 - lat1) / 2), 2)
            + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(Rad(lon2 - lon1) / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
