using System.Globalization;
using Relais.Generator.Interop;
using Relais.Model;

namespace Relais.Generator.Outputs;

/// <summary>The places and the bus tours in the national standard's CSV, the places in GeoJSON; the coverage of every commune in CSV.</summary>
public static class OpenData
{
    public static void Write(OutputContext context, OutputSink sink)
    {
        var site = context.Site;
        sink.Text(Routes.PlacesCsv, StandardCsv.Write(site));
        sink.Text(Routes.PlacesGeoJson, PlacesGeoJson.Write(site.Places, p => context.Frame.Absolute(Routes.Place(p))));
        var radius = site.Settings.NearbyRadiusKm;
        static string Km(double km) => km.ToString("0.0", CultureInfo.InvariantCulture);
        sink.Text(Routes.CoverageCsv, CsvWriter.Write(
            ["code_insee", "commune", "departement", "population", "lieu_le_plus_proche", "distance_km", "a_moins_de_" + radius.ToString("0", CultureInfo.InvariantCulture) + "_km", "prochain_passage_du_bus", "passage_a", "distance_passage_km"],
            site.Communes.Select(c => site.OffersByCommune[c.Code]).Select(o => (IReadOnlyList<string?>)
            [
                o.Commune.Code.Value, o.Commune.Name, o.Commune.DepartmentCode, o.Commune.Population.ToString(CultureInfo.InvariantCulture),
                o.NearestPlace?.Item.Name, o.NearestPlace is { } n ? Km(n.DistanceKm) : null, o.IsCovered ? "oui" : "non",
                o.NextVisit is { } v ? Model.Values.IsoDate.Format(v.Item.Stop.Date) : null, o.NextVisit?.Item.Commune.Name,
                o.NextVisit is { } w ? Km(w.DistanceKm) : null,
            ])));
    }
}
