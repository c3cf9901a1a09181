using System.Globalization;
using Relais.Model;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Interop;

/// <summary>
/// Places as the national « lieux de médiation numérique » CSV (schema 1.0.2): the column names
/// and labels are the standard's, multiple values joined by « | ». The content model keeps the
/// standard's keys, so this is a mapping, not a translation.
/// </summary>
public static class StandardCsv
{
    public static readonly string[] Columns =
    [
        "id", "pivot", "nom", "commune", "code_postal", "code_insee", "adresse", "complement_adresse", "latitude", "longitude",
        "typologie", "telephone", "courriels", "site_web", "horaires", "presentation_resume", "presentation_detail", "source",
        "itinerance", "structure_parente", "date_maj", "services", "publics_specifiquement_adresses", "prise_en_charge_specifique",
        "frais_a_charge", "dispositif_programmes_nationaux", "formations_labels", "autres_formations_labels", "modalites_acces",
        "modalites_accompagnement", "fiche_acces_libre", "prise_rdv",
    ];

    public static string Write(IEnumerable<Place> places) => CsvWriter.Write(Columns, places.Select(Row));

    private static string?[] Row(Place p) =>
    [
        p.Slug,
        p.Pivot,
        p.Name,
        p.Address.Commune.Name,
        p.Address.PostalCode.Value,
        p.Address.Commune.Code.Value,
        p.Address.Street,
        p.Address.Complement,
        p.LocationIsCommuneCentre ? null : Number(p.Location.Latitude),
        p.LocationIsCommuneCentre ? null : Number(p.Location.Longitude),
        Join(p.Typologies.Select(Vocabularies.Typologies.Label)),
        p.Phone?.International,
        Join(p.Emails.Select(e => e.Value)),
        Join(p.Websites.Select(w => w.Value.AbsoluteUri)),
        p.Hours?.Text,
        p.Summary,
        p.DetailMarkdown,
        p.DataSource,
        Join(p.Itinerance.Select(Vocabularies.Itinerances.Label)),
        p.ParentNetwork,
        p.UpdatedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Join(p.Services.Select(Vocabularies.Services.Label)),
        Join(p.Audiences.Select(Vocabularies.Audiences.Label)),
        Join(p.SpecificSupports.Select(Vocabularies.SpecificSupports.Label)),
        Join(p.Fees.Select(Vocabularies.Fees.Label)),
        Join(p.Programmes.Select(Vocabularies.NationalProgrammes.Label)),
        Join(p.TrainingLabels.Select(Vocabularies.TrainingLabels.Label)),
        p.OtherTrainingLabels,
        Join(p.AccessModes.Select(Vocabularies.AccessModes.Label)),
        Join(p.SupportModes.Select(Vocabularies.SupportModes.Label)),
        p.AccessibilitySheet?.Value.AbsoluteUri,
        p.BookingUrl?.Value.AbsoluteUri,
    ];

    private static string? Join(IEnumerable<string> values)
    {
        var joined = string.Join('|', values);
        return joined.Length == 0 ? null : joined;
    }

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
