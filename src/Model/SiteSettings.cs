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
    string? RepositoryUrl);
