using System.Globalization;
using Relais.Generator.Interop;
using Relais.Model;
using Relais.Model.Resolved;

namespace Relais.Generator.Outputs;

/// <summary>
/// The places and the bus tours in the national standard's CSV, the places in GeoJSON; the coverage of
/// every commune, the next stops' ranking and every past visit's follow-up in CSV.
/// </summary>
public static class OpenData
{
    public static void Write(OutputContext context, OutputSink sink)
    {
        var site = context.Site;
        sink.Text(Routes.PlacesCsv, StandardCsv.Write(site));
        sink.Text(Routes.PlacesGeoJson, PlacesGeoJson.Write(site.Places, p => context.Frame.Absolute(Routes.Place(p))));
        var radius = site.Settings.NearbyRadiusKm;
        static string Km(double km) => km.ToString("0.0", CultureInfo.InvariantCulture);
        // Then the distance to the nearest help of each kind (HelpSource's order) and of any kind; empty when there is none.
        sink.Text(Routes.CoverageCsv, CsvWriter.Write(
            ["code_insee", "commune", "departement", "population", "lieu_le_plus_proche", "distance_km", "a_moins_de_" + radius.ToString("0", CultureInfo.InvariantCulture) + "_km", "prochain_passage_du_bus", "passage_a", "distance_passage_km",
                "distance_france_services_km", "distance_epn_ou_bibliotheque_km", "distance_conseiller_numerique_km", "distance_atelier_3_mois_km", "distance_permanence_3_mois_km", "distance_aide_km"],
            site.Coverage.Reach.Select(r => (Offers: site.OffersByCommune[r.Commune.Code], Reach: r)).Select(x => (IReadOnlyList<string?>)
            [
                x.Offers.Commune.Code.Value, x.Offers.Commune.Name, x.Offers.Commune.DepartmentCode, x.Offers.Commune.Population.ToString(CultureInfo.InvariantCulture),
                x.Offers.NearestPlace?.Item.Name, x.Offers.NearestPlace is { } n ? Km(n.DistanceKm) : null, x.Offers.IsCovered ? "oui" : "non",
                x.Offers.NextVisit is { } v ? Model.Values.IsoDate.Format(v.Item.Stop.Date) : null, x.Offers.NextVisit?.Item.Commune.Name,
                x.Offers.NextVisit is { } w ? Km(w.DistanceKm) : null,
                .. x.Reach.KmBySource.Select(k => k is { } km ? Km(km) : null), x.Reach.AnyKm is { } any ? Km(any) : null,
            ])));
        sink.Text(Routes.NextStopsCsv, CsvWriter.Write(
            ["rang", "code_insee", "commune", "departement", "population", "population_60_ans_et_plus", "distance_aide_km", "dernier_passage", "score"],
            site.Coverage.NextStops.Select((c, i) => (IReadOnlyList<string?>)
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), c.Commune.Code.Value, c.Commune.Name, c.Commune.DepartmentCode,
                c.Commune.Population.ToString(CultureInfo.InvariantCulture), c.Commune.PopulationOver60?.ToString(CultureInfo.InvariantCulture), c.AnyKm is { } km ? Km(km) : null,
                c.LastVisit is { } last ? Model.Values.IsoDate.Format(last) : null, c.Score.ToString("0.000", CultureInfo.InvariantCulture),
            ])));
        // Each department's coverage table (its page's, by rank): the band in words, as on the page.
        var ranks = Plan.Pages.CoverageDepartmentPlanner.Ranks(site.Coverage);
        var bands = site.Settings.CoverageBandsKm;
        foreach (var department in site.Coverage.Reach.GroupBy(r => r.Commune.DepartmentCode, StringComparer.Ordinal))
        {
            sink.Text(Routes.CoverageDepartmentCsv(Departments.Get(department.Key)), CsvWriter.Write(
                ["rang", "code_insee", "commune", "population", "distance_aide_km", "bande", "bande_distance"],
                Plan.Pages.CoverageDepartmentPlanner.Sorted(department, ranks, Model.Pages.CoverageSort.Rank).Select(row => (IReadOnlyList<string?>)
                [
                    row.Rank?.ToString(CultureInfo.InvariantCulture), row.Reach.Commune.Code.Value, row.Reach.Commune.Name,
                    row.Reach.Commune.Population.ToString(CultureInfo.InvariantCulture), row.Reach.AnyKm is { } km ? Km(km) : null,
                    row.Reach.Band.ToString(CultureInfo.InvariantCulture), DistanceBands.Label(bands, row.Reach.Band).Replace(Model.French.Fr.Nbsp, ' '),
                ])));
        }
        // Every past visit in date order, and the nearest follow-up of each kind (empty when none); « aide_la_plus_proche »
        // is the nearest place however far, what the page of a visit with no follow-up names.
        sink.Text(Routes.FollowUpCsv, CsvWriter.Write(
            ["tournee", "date", "code_insee", "commune", "departement", "suivi", "lieu_dans_le_rayon", "distance_lieu_km",
                "atelier_dans_les_3_mois", "distance_atelier_km", "permanence_dans_les_3_mois", "date_permanence", "distance_permanence_km",
                "aide_la_plus_proche", "distance_aide_km", "page"],
            site.Coverage.FollowUp.Visits.Select(f => (IReadOnlyList<string?>)
            [
                f.Visit.Tour.Name, Model.Values.IsoDate.Format(f.Visit.Stop.Date), f.Visit.Commune.Code.Value, f.Visit.Commune.Name, f.Visit.Commune.DepartmentCode,
                f.IsFollowedUp ? "oui" : "non",
                f.Place?.Item.Name, f.Place is { } p ? Km(p.DistanceKm) : null,
                f.Workshop?.Item.Title, f.Workshop is { } w ? Km(w.DistanceKm) : null,
                f.Permanence is { } m ? $"{m.Item.Tour.Name}, {m.Item.Commune.Name}" : null, f.Permanence is { } d ? Model.Values.IsoDate.Format(d.Item.Stop.Date) : null,
                f.Permanence is { } k ? Km(k.DistanceKm) : null,
                f.NearestHelp?.Item.Name, f.NearestHelp is { } h ? Km(h.DistanceKm) : null,
                context.Frame.Absolute(Routes.Visit(f.Visit)).AbsoluteUri,
            ])));
    }
}
