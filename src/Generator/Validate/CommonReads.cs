using System.Globalization;
using Relais.Generator.Diagnostics;
using Relais.Generator.Validate.Fields;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Values;

namespace Relais.Generator.Validate;

/// <summary>Reads shared by several content kinds: a position and a registration.</summary>
public static class CommonReads
{
    /// <summary>Beyond this, a place is probably not where its commune says.</summary>
    public const double FarFromCommuneKm = 25;

    /// <summary>
    /// A latitude/longitude pair, checked to lie in France (and reported as swapped when it would
    /// once inverted), and near its commune (for a place, <paramref name="placeRules"/>: the stricter
    /// <see cref="PlaceDistance"/>). Null when absent or wrong.
    /// </summary>
    public static GeoPoint? Location(RecordReader reader, FieldSpec latitudeSpec, FieldSpec longitudeSpec, Commune? commune, bool placeRules = false)
    {
        var latitude = reader.Number(latitudeSpec);
        var longitude = reader.Number(longitudeSpec);
        if (reader.Has(latitudeSpec) != reader.Has(longitudeSpec))
        {
            var missing = reader.Has(latitudeSpec) ? longitudeSpec : latitudeSpec;
            reader.Diagnostics.Add(DiagnosticCatalog.MissingField, reader.SpanOf(reader.Has(latitudeSpec) ? latitudeSpec : longitudeSpec), reader.FieldPath(missing.Key),
                $"« {missing.Key} » manque alors que « {(missing == latitudeSpec ? longitudeSpec : latitudeSpec).Key} » est donné : indiquez les deux, ou aucun.");
            return null;
        }
        if (latitude is not { } lat || longitude is not { } lon) return null;
        var point = new GeoPoint(lat, lon);
        if (!FranceBounds.Contains(point))
        {
            var swapped = new GeoPoint(lon, lat);
            if (FranceBounds.Contains(swapped))
            {
                reader.Report(DiagnosticCatalog.CoordinatesSwapped, latitudeSpec,
                    $"latitude {F(lat)} et longitude {F(lon)} semblent inversées : en France la latitude est la plus grande (entre 41 et 51 en métropole). Écrivez latitude: {F(lon)} et longitude: {F(lat)}.");
            }
            else
            {
                reader.Report(DiagnosticCatalog.CoordinatesOutsideFrance, latitudeSpec,
                    $"le point ({F(lat)}, {F(lon)}) n'est pas en France : vérifiez les coordonnées (par exemple sur openstreetmap.org, clic droit « Afficher l'adresse »).");
            }
            return null;
        }
        if (commune is not null)
        {
            if (placeRules) PlaceDistance.Check(reader, latitudeSpec, point, commune);
            else WarnIfFar(reader, latitudeSpec, point, commune, Resolve.GreatCircle.Km(point, commune.Location));
        }
        return point;
    }

    /// <summary>The warning of a point <paramref name="km"/> from its commune's centre, beyond <see cref="FarFromCommuneKm"/>.</summary>
    public static void WarnIfFar(RecordReader reader, FieldSpec latitudeSpec, GeoPoint point, Commune commune, double km)
    {
        if (km <= FarFromCommuneKm) return;
        reader.Report(DiagnosticCatalog.FarFromCommune, latitudeSpec,
            $"le point ({F(point.Latitude)}, {F(point.Longitude)}) est à {km.ToString("0", Fr.Culture)} km du centre {Fr.Of(commune.Name)} : vérifiez les coordonnées ou le code INSEE.");
    }

    public static Registration? Registration(RecordReader? group)
    {
        if (group is null) return null;
        var with = group.Text(RegistrationFields.AupresDe);
        var phone = group.Parse<PhoneNumber>(RegistrationFields.Telephone, PhoneNumber.TryParse, DiagnosticCatalog.InvalidPhone);
        var email = group.Parse<EmailAddress>(RegistrationFields.Courriel, EmailAddress.TryParse, DiagnosticCatalog.InvalidEmail);
        var deadline = group.Date(RegistrationFields.Avant);
        return with is null ? null : new Registration(with, phone, email, deadline);
    }

    public static string F(double value) => value.ToString("0.#####", CultureInfo.InvariantCulture);

    /// <summary>A « date_maj » cannot be in the future (a typo, or calendars would order versions
    /// wrongly); <paramref name="what"/> says which day to write instead.</summary>
    public static DateOnly? DateNotAfter(RecordReader r, FieldSpec spec, DateOnly today, string what)
    {
        var date = r.Date(spec);
        if (date is not { } d || d <= today) return date;
        r.Report(DiagnosticCatalog.InvalidDate, spec, $"« {IsoDate.Format(d)} » est dans le futur : indiquez {what}.");
        return null;
    }
}
