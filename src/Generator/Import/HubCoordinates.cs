using System.Globalization;
using Relais.Generator.Resolve;
using Relais.Generator.Validate;
using Relais.Model;
using Relais.Model.French;

namespace Relais.Generator.Import;

/// <summary>Where a row puts its place, in WGS84, or null for the commune centre; the note says what was done.</summary>
public sealed record HubPosition(GeoPoint? Point, string? Note);

/// <summary>
/// A row's latitude and longitude as hubs write them: decimal commas, swapped, projected in
/// Lambert-93 metres, missing, or far from the commune. What cannot be trusted gives way to the
/// commune centre, with both positions in the note.
/// </summary>
public static class HubCoordinates
{
    /// <summary>Beyond this from the commune centre the position is taken as wrong.</summary>
    public const double MaxKmFromCommune = 30;

    public static bool TryNumber(string text, out double value)
    {
        var compact = text.Replace(" ", "", StringComparison.Ordinal).Replace('\u2212', '-').TrimEnd('°').Replace(',', '.');
        return double.TryParse(compact, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    public static HubPosition Read(string latitudeCell, string longitudeCell, Commune commune)
    {
        var centre = $"le lieu est placé au centre {Fr.Of(commune.Name)}";
        if (latitudeCell.Length == 0 && longitudeCell.Length == 0)
            return new HubPosition(null, $"pas de coordonnées : {centre} (position approximative, signalée par validate)");
        if (!TryNumber(latitudeCell, out var lat) || !TryNumber(longitudeCell, out var lon))
            return new HubPosition(null, $"coordonnées « {latitudeCell} » / « {longitudeCell} » illisibles : {centre}");

        GeoPoint point;
        string? how = null;
        if (Math.Abs(lat) > 180 || Math.Abs(lon) > 180)
        {
            // Metres, not degrees: Lambert-93 is the projection French tools export.
            if (Lambert93.IsPlausible(lon, lat)) (point, how) = (Lambert93.ToWgs84(lon, lat), $"coordonnées en Lambert-93 (x {F(lon)}, y {F(lat)}) converties en degrés");
            else if (Lambert93.IsPlausible(lat, lon)) (point, how) = (Lambert93.ToWgs84(lat, lon), $"coordonnées en Lambert-93 (x {F(lat)}, y {F(lon)}) converties en degrés");
            else
                return new HubPosition(null, $"coordonnées ({F(lat)}, {F(lon)}) dans une projection inconnue (ni degrés WGS84, ni Lambert-93) : {centre}");
        }
        else
        {
            point = new GeoPoint(lat, lon);
            if (!FranceBounds.Contains(point))
            {
                var swapped = new GeoPoint(lon, lat);
                if (!FranceBounds.Contains(swapped))
                    return new HubPosition(null, $"le point ({F(lat)}, {F(lon)}) n'est pas en France : {centre}");
                (point, how) = (swapped, $"latitude et longitude inversées ({F(lat)}, {F(lon)}) : remises dans l'ordre");
            }
        }
        var km = GreatCircle.Km(point, commune.Location);
        if (km > MaxKmFromCommune)
        {
            return new HubPosition(null,
                $"{(how is null ? "" : how + " ; ")}le point ({F(point.Latitude)}, {F(point.Longitude)}) est à {km.ToString("0", CultureInfo.InvariantCulture)} km du centre {Fr.Of(commune.Name)} ({F(commune.Location.Latitude)}, {F(commune.Location.Longitude)}) : {centre} ; vérifiez l'adresse puis indiquez latitude et longitude");
        }
        return new HubPosition(Round(point), how is null ? null : $"{how} : ({F(point.Latitude)}, {F(point.Longitude)})");
    }

    private static GeoPoint Round(GeoPoint p) => new(Math.Round(p.Latitude, 6), Math.Round(p.Longitude, 6));

    private static string F(double value) => CommonReads.F(value);
}
