namespace Relais.Model;

/// <summary>statiq.json: what the whole site shares.</summary>
public sealed record SiteSettings(
    string Title,
    string Description,
    Uri BaseUrl,
    IReadOnlyList<string> Departments,
    double NearbyRadiusKm,
    string Locale,
    string TimeZone,
    string? RepositoryUrl,
    string MapTiles)
{
    /// <summary>The coverage page's distance bands, ascending: communes beyond each are counted (« seuils_couverture_km »).</summary>
    public IReadOnlyList<double> CoverageBandsKm { get; init; } = DefaultCoverageBandsKm;

    public static IReadOnlyList<double> DefaultCoverageBandsKm { get; } = [10, 15, 20];

    /// <summary>Weight of the distance to help in « où envoyer le bus ensuite ? » (« poids_distance_bus »).</summary>
    public double NextStopDistanceWeight { get; init; } = 1;

    /// <summary>Weight of the population in the same ranking (« poids_habitants_bus »).</summary>
    public double NextStopPopulationWeight { get; init; } = 1;

    /// <summary>OpenStreetMap's own tiles unless the site names another tile server.</summary>
    public const string DefaultMapTiles = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>« https://tile.openstreetmap.org »: what the map page's CSP must allow images from.</summary>
    public string MapTilesOrigin => new Uri(MapTiles.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)).GetLeftPart(UriPartial.Authority);
}
