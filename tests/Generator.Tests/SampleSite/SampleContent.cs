using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Relais.Generator.Tests.SampleSite;

public sealed record CommuneRow(string Code, string Name, double Latitude, double Longitude, string Department);

public sealed record PlaceFile(string Slug, string Name, string Commune, double? Latitude, double? Longitude, string? Phone = null);

/// <summary>A workshop series; <see cref="Sessions"/> are its dates, expanded here from « dates » or « chaque_semaine ».</summary>
public sealed record WorkshopFile(
    string Slug, string Commune, string Title = "", double? Latitude = null, double? Longitude = null, string? RegisterPhone = null,
    IReadOnlyList<(DateOnly Date, string Time)>? Sessions = null);

/// <summary>A tour file's own fields (its stops are <see cref="StopEntry"/> values).</summary>
public sealed record TourFile(
    string Slug, string Name, string Operator, string? Phone, IReadOnlyList<string> Funders, IReadOnlyList<string> Fees,
    IReadOnlyList<string> Publics, int? Seats, DateOnly? UpdatedOn, string Format = "atelier");

public sealed record StopEntry(
    string Tour, DateOnly Date, string Commune, string Spot, string Status, string? Reason,
    IReadOnlyList<string> Sessions, string? RegisterWith, string? RegisterPhone, DateOnly? Deadline,
    double? Latitude, double? Longitude, string? Theme = null, DateOnly? UpdatedOn = null,
    string Format = "atelier", string? Reception = null, bool Recurring = false);

/// <summary>
/// The sample content read straight from its files, independently of the generator's loader, so
/// that site tests compare the pages with what editors wrote rather than with the generator's own
/// reading of it.
/// </summary>
public sealed record SampleContent(
    IReadOnlyList<CommuneRow> Communes,
    IReadOnlyList<PlaceFile> Places,
    IReadOnlyList<WorkshopFile> Workshops,
    IReadOnlyList<string> Tours,
    IReadOnlyList<StopEntry> Stops,
    IReadOnlyList<string> InputPages,
    Uri BaseUrl,
    IReadOnlyList<TourFile> TourFiles)
{
    public static SampleContent Read(string root)
    {
        var communes = ReadCommunes(Path.Combine(root, "content", "communes.csv"));
        var places = Directory.GetFiles(Path.Combine(root, "content", "lieux"), "*.yml").Order(StringComparer.Ordinal).Select(ReadPlace).ToList();
        var workshops = Directory.GetFiles(Path.Combine(root, "content", "ateliers"), "*.md").Order(StringComparer.Ordinal).Select(ReadWorkshop).ToList();
        var tourFiles = Directory.GetFiles(Path.Combine(root, "content", "tournees"), "*.yml").Order(StringComparer.Ordinal).ToList();
        var stops = tourFiles.SelectMany(ReadStops).ToList();
        var pages = Directory.GetFiles(Path.Combine(root, "input"), "*.md").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        using var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "statiq.json")));
        var baseUrl = new Uri(settings.RootElement.GetProperty("url_de_base").GetString()!);
        return new SampleContent(communes, places, workshops, tourFiles.Select(f => Path.GetFileNameWithoutExtension(f)).ToList(), stops, pages, baseUrl,
            tourFiles.Select(ReadTour).ToList());
    }

    public CommuneRow Commune(string code) => Communes.Single(c => c.Code == code);

    /// <summary>Where a place is: its coordinates, or its commune's centre when it has none (as the README says).</summary>
    public (double Latitude, double Longitude) Location(PlaceFile place) =>
        place.Latitude is { } lat && place.Longitude is { } lon ? (lat, lon) : (Commune(place.Commune).Latitude, Commune(place.Commune).Longitude);

    public (double Latitude, double Longitude) Location(WorkshopFile workshop) =>
        workshop.Latitude is { } lat && workshop.Longitude is { } lon ? (lat, lon) : (Commune(workshop.Commune).Latitude, Commune(workshop.Commune).Longitude);

    public TourFile Tour(string slug) => TourFiles.Single(t => t.Slug == slug);

    /// <summary>Stops with a page of their own: the one-off ones (a recurring stop's dates share one page per commune).</summary>
    public IReadOnlyList<StopEntry> OneOffStops => Stops.Where(s => !s.Recurring).ToList();

    /// <summary>The pages of recurring stops: one per tour and commune.</summary>
    public IReadOnlyList<(string Tour, string Commune)> RecurringPages => Stops.Where(s => s.Recurring).Select(s => (s.Tour, s.Commune)).Distinct().ToList();

    public int StopPageCount => OneOffStops.Count + RecurringPages.Count;

    /// <summary>The folder of a recurring stop's page: the tour, then the commune's name in lower case without accents.</summary>
    public string RecurringFolder(string tour, string commune) => $"bus/{tour}/{SlugOf(Commune(commune).Name)}";

    /// <summary>« Mauléon-Barousse » → « mauleon-barousse », written out here to check the generator's slugs.</summary>
    public static string SlugOf(string name)
    {
        var plain = new string(name.Normalize(System.Text.NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
        return System.Text.RegularExpressions.Regex.Replace(plain.ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');
    }

    public (double Latitude, double Longitude) Location(StopEntry stop) =>
        stop.Latitude is { } lat && stop.Longitude is { } lon ? (lat, lon) : (Commune(stop.Commune).Latitude, Commune(stop.Commune).Longitude);

    private static List<CommuneRow> ReadCommunes(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToList();
        var header = lines[0].Split(',').ToList();
        Assert.DoesNotContain(lines, l => l.Contains('"')); // a plain split is enough for this file
        return lines.Skip(1).Select(line =>
        {
            var cells = line.Split(',');
            string Cell(string name) => cells[header.IndexOf(name)];
            return new CommuneRow(Cell("code_insee"), Cell("nom"), Number(Cell("latitude")), Number(Cell("longitude")), Cell("dep_code"));
        }).ToList();
    }

    private static PlaceFile ReadPlace(string path)
    {
        var yaml = Mapping(File.ReadAllText(path));
        return new PlaceFile(Path.GetFileNameWithoutExtension(path), Scalar(yaml, "nom")!, Scalar(yaml, "code_insee")!,
            Scalar(yaml, "latitude") is { } lat ? Number(lat) : null, Scalar(yaml, "longitude") is { } lon ? Number(lon) : null,
            Scalar(yaml, "telephone"));
    }

    private static WorkshopFile ReadWorkshop(string path)
    {
        var lines = File.ReadAllLines(path);
        Assert.Equal("---", lines[0]);
        var end = Array.IndexOf(lines, "---", 1);
        var yaml = Mapping(string.Join('\n', lines[1..end]));
        var registration = yaml.Children.TryGetValue(new YamlScalarNode("inscription"), out var r) ? (YamlMappingNode)r : null;
        return new WorkshopFile(Path.GetFileNameWithoutExtension(path), Scalar(yaml, "code_insee")!, Scalar(yaml, "titre")!,
            Scalar(yaml, "latitude") is { } lat ? Number(lat) : null, Scalar(yaml, "longitude") is { } lon ? Number(lon) : null,
            registration is null ? null : Scalar(registration, "telephone"), WorkshopSessions(yaml));
    }

    /// <summary>« dates » as written, or every « jour » from « du » to « au » but those of « sauf ».</summary>
    private static List<(DateOnly, string)> WorkshopSessions(YamlMappingNode yaml)
    {
        if (yaml.Children.TryGetValue(new YamlScalarNode("dates"), out var dates))
            return ((YamlSequenceNode)dates).Children.Cast<YamlMappingNode>().Select(d => (Date(Scalar(d, "date")!), Scalar(d, "horaire")!)).ToList();
        var weekly = (YamlMappingNode)yaml.Children[new YamlScalarNode("chaque_semaine")];
        string[] days = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];
        var day = (DayOfWeek)Array.IndexOf(days, Scalar(weekly, "jour"));
        var except = Strings(weekly, "sauf").Select(Date).ToHashSet();
        var sessions = new List<(DateOnly, string)>();
        for (var d = Date(Scalar(weekly, "du")!); d <= Date(Scalar(weekly, "au")!); d = d.AddDays(1))
            if (d.DayOfWeek == day && !except.Contains(d)) sessions.Add((d, Scalar(weekly, "horaire")!));
        return sessions;
    }

    private static TourFile ReadTour(string path)
    {
        var yaml = Mapping(File.ReadAllText(path));
        var contact = yaml.Children.TryGetValue(new YamlScalarNode("contact"), out var c) ? (YamlMappingNode)c : null;
        return new TourFile(Path.GetFileNameWithoutExtension(path), Scalar(yaml, "nom")!, Scalar(yaml, "operateur")!,
            contact is null ? null : Scalar(contact, "telephone"), Strings(yaml, "financeurs"), Strings(yaml, "frais_a_charge"),
            Strings(yaml, "publics"), Scalar(yaml, "places") is { } seats ? int.Parse(seats, CultureInfo.InvariantCulture) : null,
            Scalar(yaml, "date_maj") is { } updated ? Date(updated) : null, Scalar(yaml, "format") ?? "atelier");
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IEnumerable<StopEntry> ReadStops(string path)
    {
        var tour = Path.GetFileNameWithoutExtension(path);
        var yaml = Mapping(File.ReadAllText(path));
        var defaults = Strings(yaml, "seances_par_defaut");
        var tourFormat = Scalar(yaml, "format") ?? "atelier";
        var tourReception = Scalar(yaml, "accueil");
        foreach (var item in ((YamlSequenceNode)yaml.Children[new YamlScalarNode("arrets")]).Children.Cast<YamlMappingNode>())
        foreach (var date in StopDates(item))
        {
            var registration = item.Children.TryGetValue(new YamlScalarNode("inscription"), out var r) ? (YamlMappingNode)r : null;
            var sessions = Strings(item, "seances");
            yield return new StopEntry(
                tour,
                date,
                Scalar(item, "code_insee")!,
                Scalar(item, "lieu")!,
                Scalar(item, "statut")!,
                Scalar(item, "motif_annulation"),
                sessions.Count > 0 ? sessions : defaults,
                registration is null ? null : Scalar(registration, "aupres_de"),
                registration is null ? null : Scalar(registration, "telephone"),
                registration is not null && Scalar(registration, "avant") is { } before ? DateOnly.ParseExact(before, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Scalar(item, "latitude") is { } lat ? Number(lat) : null,
                Scalar(item, "longitude") is { } lon ? Number(lon) : null,
                Scalar(item, "theme"),
                Scalar(item, "date_maj") is { } updated ? Date(updated) : null,
                Scalar(item, "format") ?? tourFormat,
                Scalar(item, "accueil") ?? tourReception,
                Recurring: Scalar(item, "date") is null);
        }
    }

    /// <summary>Public holidays of the sample's years, listed by hand (not computed as the generator does).</summary>
    private static readonly HashSet<DateOnly> Holidays =
    [
        new(2026, 11, 1), new(2026, 11, 11), new(2026, 12, 25), new(2027, 1, 1), new(2027, 3, 29), new(2027, 5, 1), new(2027, 5, 6),
        new(2027, 5, 8), new(2027, 5, 17), new(2027, 7, 14), new(2027, 8, 15), new(2027, 11, 1), new(2027, 11, 11), new(2027, 12, 25),
    ];

    /// <summary>A stop's « date », or its « regulier » days: from « du » every one or two weeks to « au », but « sauf » and public holidays.</summary>
    private static IEnumerable<DateOnly> StopDates(YamlMappingNode item)
    {
        if (Scalar(item, "date") is { } one)
        {
            yield return Date(one);
            yield break;
        }
        var rule = (YamlMappingNode)item.Children[new YamlScalarNode("regulier")];
        var step = Scalar(rule, "frequence") == "toutes_les_semaines" ? 7 : 14;
        var except = Strings(rule, "sauf").Select(Date).ToHashSet();
        for (var d = Date(Scalar(rule, "du")!); d <= Date(Scalar(rule, "au")!); d = d.AddDays(step))
            if (!except.Contains(d) && !Holidays.Contains(d)) yield return d;
    }

    private static YamlMappingNode Mapping(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string? Scalar(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static List<string> Strings(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode sequence
            ? sequence.Children.Cast<YamlScalarNode>().Select(s => s.Value!).ToList()
            : [];

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>Great-circle distance written out here, to check the generator's against.</summary>
public static class Haversine
{
    public const double EarthRadiusKm = 6371.0088;

    public static double Km((double Latitude, double Longitude) a, (double Latitude, double Longitude) b)
    {
        var φ1 = a.Latitude * Math.PI / 180;
        var φ2 = b.Latitude * Math.PI / 180;
        var Δφ = (b.Latitude - a.Latitude) * Math.PI / 180;
        var Δλ = (b.Longitude - a.Longitude) * Math.PI / 180;
        var h = Math.Sin(Δφ / 2) * Math.Sin(Δφ / 2) + Math.Cos(φ1) * Math.Cos(φ2) * Math.Sin(Δλ / 2) * Math.Sin(Δλ / 2);
        return 2 * EarthRadiusKm * Math.Atan2(Math.Sqrt(h), Math.Sqrt(1 - h));
    }

    /// <summary>What a page says of a distance: « à 8 km », « à moins d'1 km ».</summary>
    public static string AsPageSays(double km) =>
        km < 1 ? "à moins d'1 km" : $"à {Math.Round(km, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture)} km";
}
