using System.Text.RegularExpressions;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Validate.Fields;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Values;
using F = Relais.Generator.Validate.Fields.PlaceFields;

namespace Relais.Generator.Validate;

/// <summary>content/lieux/*.yml → <see cref="Place"/>.</summary>
public static partial class BindPlaces
{
    [GeneratedRegex(@"^[a-zA-Z0-9]{9,14}$")]
    private static partial Regex PivotPattern();

    public static IReadOnlyList<Place> Run(IReadOnlyList<ContentFile> files, CommuneIndex communes, DateOnly today, DiagnosticBag diagnostics) =>
        LeftOut.BindFiles(files, F.All, diagnostics, (file, r) => Bind(file, r, communes, today));

    private static Place? Bind(ContentFile file, RecordReader r, CommuneIndex communes, DateOnly today)
    {
        var diagnostics = r.Diagnostics;
        var name = r.Text(F.Nom);
        var pivot = Pivot(r);
        var typologies = r.Choices(F.Typologie, Model.Vocabularies.Vocabularies.Typologies);
        var street = r.Text(F.Adresse);
        var complement = r.Text(F.ComplementAdresse);
        var postalCode = r.Parse<CodePostal>(F.CodePostal, CodePostal.TryParse, DiagnosticCatalog.InvalidPostalCode);
        var codeInsee = r.Parse<CodeInsee>(F.CodeInsee, CodeInsee.TryParse, DiagnosticCatalog.InvalidCodeInsee);
        var commune = communes.Resolve(r, F.CodeInsee, codeInsee, postalCode);
        r.Text(F.Commune);
        if (commune is not null && postalCode is { } pc && !commune.PostalCodes.Contains(pc))
        {
            r.Report(DiagnosticCatalog.PostalCodeMismatch, F.CodePostal,
                $"« {pc.Value} » n'est pas un code postal {Fr.Of(commune.Name)} ({string.Join(", ", commune.PostalCodes.Select(p => p.Value))}) : vérifiez le code postal ou le code INSEE.");
        }
        var location = CommonReads.Location(r, F.Latitude, F.Longitude, commune, placeRules: true);
        if (location is null && !r.Has(F.Latitude) && !r.Has(F.Longitude) && commune is not null)
        {
            diagnostics.Add(DiagnosticCatalog.CommuneCentreUsed, r.Anchor, "latitude",
                $"pas de coordonnées : le lieu est placé au centre {Fr.Of(commune.Name)}, les distances seront approximatives. Ajoutez latitude et longitude.");
        }
        var phone = r.Parse<PhoneNumber>(F.Telephone, PhoneNumber.TryParse, DiagnosticCatalog.InvalidPhone);
        var emails = r.Scalars(F.Courriels).Select(s => r.ParseScalar<EmailAddress>(s, F.Courriels.Key, EmailAddress.TryParse, DiagnosticCatalog.InvalidEmail)).OfType<EmailAddress>().ToList();
        var websites = r.Scalars(F.SiteWeb).Select(s => r.ParseScalar<WebUrl>(s, F.SiteWeb.Key, WebUrl.TryParse, DiagnosticCatalog.InvalidUrl)).OfType<WebUrl>().ToList();
        var hours = r.Hours(F.Horaires);
        var hoursText = r.Text(F.HorairesTexte);
        if (hoursText is not null)
            r.Report(DiagnosticCatalog.HoursAsText, F.HorairesTexte, r.Has(F.Horaires)
                ? "« horaires » est déjà renseigné : supprimez « horaires_texte », qui n'est plus affiché."
                : $"horaires écrits en texte libre (« {hoursText} ») : convertissez-les au format OpenStreetMap dans « horaires », par exemple « Mo-Fr 09:00-12:00,14:00-17:00 », puis supprimez « horaires_texte ».");
        var summary = r.Text(F.PresentationResume);
        var detail = r.Text(F.PresentationDetail);
        var source = r.Text(F.Source);
        var parent = r.Text(F.StructureParente);
        var itinerance = r.Choices(F.Itinerance, Model.Vocabularies.Vocabularies.Itinerances);
        var updatedOn = UpdatedOn(r, today);
        var services = r.Choices(F.Services, Model.Vocabularies.Vocabularies.Services);
        var audiences = r.Choices(F.Publics, Model.Vocabularies.Vocabularies.Audiences);
        var supports = r.Choices(F.PriseEnCharge, Model.Vocabularies.Vocabularies.SpecificSupports);
        var fees = r.Choices(F.Frais, Model.Vocabularies.Vocabularies.Fees);
        var programmes = r.Choices(F.Dispositifs, Model.Vocabularies.Vocabularies.NationalProgrammes);
        var labels = r.Choices(F.FormationsLabels, Model.Vocabularies.Vocabularies.TrainingLabels);
        var otherLabels = r.Text(F.AutresFormationsLabels);
        var accessModes = r.Choices(F.ModalitesAcces, Model.Vocabularies.Vocabularies.AccessModes);
        var supportModes = r.Choices(F.ModalitesAccompagnement, Model.Vocabularies.Vocabularies.SupportModes);
        var accessibility = r.Parse<WebUrl>(F.FicheAccesLibre, WebUrl.TryParse, DiagnosticCatalog.InvalidUrl);
        var booking = r.Parse<WebUrl>(F.PriseRdv, WebUrl.TryParse, DiagnosticCatalog.InvalidUrl);

        if (name is null || street is null || postalCode is null || codeInsee is null || commune is null || updatedOn is null || services.Count == 0)
            return null;
        return new Place(
            file.Slug, r.Anchor, name, pivot, typologies,
            new Address(street, complement, postalCode.Value, commune),
            location ?? commune.Location, location is null,
            phone, emails, websites, hours, summary, detail, source, parent, itinerance, updatedOn.Value,
            services, audiences, supports, fees, programmes, labels, otherLabels, accessModes, supportModes,
            accessibility, booking) { HoursText = hours is null && !r.Has(F.Horaires) ? hoursText : null };
    }

    private static DateOnly? UpdatedOn(RecordReader r, DateOnly today)
    {
        if (CommonReads.DateNotAfter(r, F.DateMaj, today, "le jour où les informations ont été vérifiées") is not { } d) return null;
        if (Resolve.Timeline.IsStale(d, today))
        {
            r.Report(DiagnosticCatalog.StaleData, F.DateMaj,
                $"informations vérifiées le {IsoDate.Format(d)}, il y a plus d'un an : appelez le lieu pour confirmer horaires et téléphone, puis mettez cette date à jour.");
        }
        return d;
    }

    /// <summary>SIRET (14 digits, Luhn key), SIREN (9), RNA (W + 9 digits) or RIDET, as the standard allows.</summary>
    private static string? Pivot(RecordReader r)
    {
        var text = r.Text(F.Pivot)?.Replace(" ", "", StringComparison.Ordinal);
        if (text is null) return null;
        var isDigits = text.All(char.IsAsciiDigit);
        var ok = PivotPattern().IsMatch(text) && (!isDigits || text.Length is not (9 or 14) || Luhn(text) || text.StartsWith("356000000", StringComparison.Ordinal));
        if (!ok)
        {
            r.Report(DiagnosticCatalog.InvalidPivot, F.Pivot,
                isDigits && text.Length is 9 or 14
                    ? $"« {text} » : la clé de contrôle de ce {(text.Length == 14 ? "SIRET" : "SIREN")} est fausse, un chiffre est sans doute mal recopié (vérifiez sur annuaire-entreprises.data.gouv.fr)."
                    : $"« {text} » n'est ni un SIRET (14 chiffres) ni un numéro RNA (W suivi de 9 chiffres).");
            return null;
        }
        return text;
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0;
    }
}
