using System.Globalization;
using Relais.Generator.Interop;
using Relais.Model;
using Relais.Model.Pages;
using Relais.Model.Resolved;

namespace Relais.Generator.Plan;

/// <summary>For coordinators: coverage of the territory, and the open data files.</summary>
public static partial class PlanPages
{
    /// <summary>The page lists this many uncovered communes (most inhabitants first); the CSV has them all.</summary>
    private const int CoverageRows = 50;

    private static IEnumerable<CoverageRow> CoverageTable(ResolvedSite site) =>
        site.Communes.Select(c =>
        {
            var offers = site.OffersByCommune[c.Code];
            return new CoverageRow(c, Departments.Get(c.DepartmentCode), offers.NearestPlace, offers.UpcomingVisits.FirstOrDefault(v => !v.Item.IsCancelled));
        });

    private static bool IsCovered(CoverageRow row, double radius) => row.Nearest is { } n && n.DistanceKm <= radius;

    private static PagePlan CoveragePage(ResolvedSite site, SiteFrame frame)
    {
        var radius = site.Settings.NearbyRadiusKm;
        var rows = CoverageTable(site).ToList();
        var uncovered = rows.Where(r => !IsCovered(r, radius))
            .OrderByDescending(r => r.Commune.Population).ThenBy(r => r.Commune.Code.Value, StringComparer.Ordinal)
            .ToList();
        var meta = Meta("Couverture du territoire", "Les communes loin de toute aide au numérique, pour décider où le bus numérique ira ensuite.", Routes.Coverage,
            new Link("Couverture du territoire", Routes.Coverage));
        return Page(PageKind.Coverage, new CoveragePageModel(meta, frame, radius,
            rows.Count, rows.Count(r => IsCovered(r, radius)),
            rows.Sum(r => (long)r.Commune.Population), rows.Where(r => IsCovered(r, radius)).Sum(r => (long)r.Commune.Population),
            uncovered.Take(CoverageRows).ToList()));
    }

    /// <summary>The places in the national standard's CSV and in GeoJSON; the coverage of every commune in CSV.</summary>
    private static IEnumerable<StaticFile> OpenData(ResolvedSite site, SiteFrame frame)
    {
        yield return Text(Routes.PlacesCsv, StandardCsv.Write(site.Places));
        yield return Text(Routes.PlacesGeoJson, PlacesGeoJson.Write(site.Places, p => frame.Absolute(Routes.Place(p))));
        var radius = site.Settings.NearbyRadiusKm;
        string Km(double km) => km.ToString("0.0", CultureInfo.InvariantCulture);
        yield return Text(Routes.CoverageCsv, CsvWriter.Write(
            ["code_insee", "commune", "departement", "population", "lieu_le_plus_proche", "distance_km", "a_moins_de_" + radius.ToString("0", CultureInfo.InvariantCulture) + "_km", "prochain_passage_du_bus", "passage_a", "distance_passage_km"],
            CoverageTable(site).Select(r => (IReadOnlyList<string?>)
            [
                r.Commune.Code.Value, r.Commune.Name, r.Department.Code, r.Commune.Population.ToString(CultureInfo.InvariantCulture),
                r.Nearest?.Item.Name, r.Nearest is { } n ? Km(n.DistanceKm) : null, IsCovered(r, radius) ? "oui" : "non",
                r.NextVisit?.Item.Stop.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.NextVisit?.Item.Commune.Name,
                r.NextVisit is { } v ? Km(v.DistanceKm) : null,
            ])));
    }
}
