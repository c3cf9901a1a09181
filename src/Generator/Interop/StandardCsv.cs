using System.Globalization;
using Relais.Generator.Plan;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Resolved;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Interop;

/// <summary>
/// The directory's offers as the national « lieux de médiation numérique » CSV (schema 1.0.2), what
/// the national cartography ingests: one row per place, and one per commune a bus tour will visit.
/// Column names and labels are the standard's, multiple values joined by « | », every value in the
/// standard's canonical form (ISO dates, international phone numbers, WGS84 decimal degrees with a
/// dot, plain text). The content model keeps the standard's keys, so this is a mapping.
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

    /// <summary>
    /// The national cartography's « pivot » when the SIRET or RNA is not known (the standard requires
    /// one; its own import tool, mednum-cli, writes this value then).
    /// </summary>
    public const string UnknownPivot = "00000000000000";

    /// <summary>The standard's limit for « presentation_resume ».</summary>
    public const int SummaryMaxLength = 280;

    public static string Write(ResolvedSite site) =>
        CsvWriter.Write(Columns, site.Places.Select(Row).Concat(site.Tours.SelectMany(t => TourRows(t, site))).Select(Cells));

    private static StandardRow Row(Place p) => new(
        Id: p.Slug,
        Pivot: p.Pivot,
        Name: p.Name,
        Commune: p.Address.Commune,
        PostalCode: p.Address.PostalCode,
        Street: p.Address.Street,
        Complement: p.Address.Complement,
        // A place without coordinates is at its commune's centre, as on the map and in the GeoJSON.
        Location: p.Location,
        Typologies: p.Typologies.Select(Vocabularies.Typologies.Label),
        Phone: p.Phone,
        Emails: p.Emails.Select(e => e.Value),
        Websites: p.Websites.Select(w => w.Value.AbsoluteUri),
        Hours: p.Hours?.Text,
        Summary: p.Summary,
        DetailMarkdown: p.DetailMarkdown,
        DataSource: p.DataSource,
        Itinerance: p.Itinerance,
        Parent: p.ParentNetwork,
        UpdatedOn: p.UpdatedOn,
        Services: p.Services,
        Audiences: p.Audiences,
        SpecificSupports: p.SpecificSupports.Select(Vocabularies.SpecificSupports.Label),
        Fees: p.Fees,
        Programmes: p.Programmes.Select(Vocabularies.NationalProgrammes.Label),
        TrainingLabels: p.TrainingLabels.Select(Vocabularies.TrainingLabels.Label),
        OtherTrainingLabels: p.OtherTrainingLabels,
        AccessModes: p.AccessModes.Select(Vocabularies.AccessModes.Label),
        SupportModes: p.SupportModes,
        AccessibilitySheet: p.AccessibilitySheet,
        BookingUrl: p.BookingUrl);

    /// <summary>
    /// An itinerant offer, as the standard describes a bus: one row per commune the tour will visit
    /// (upcoming visits that are not cancelled), at the spot of its next visit there, with the tour's
    /// operator, contact and offer. Its id, « tour-code », stays the same from one export to the next.
    /// </summary>
    private static IEnumerable<StandardRow> TourRows(Tour tour, ResolvedSite site) =>
        site.VisitsOf(tour).Where(v => v.IsAnnounced)
            .GroupBy(v => v.Commune.Code)
            .Select(visits => visits.OrderBy(v => v.Stop.Date).ToList())
            .Select(visits => new StandardRow(
                Id: $"{tour.Slug}-{visits[0].Commune.Code.Value.ToLowerInvariant()}",
                Pivot: null,
                Name: tour.Name,
                Commune: visits[0].Commune,
                PostalCode: visits[0].Commune.PostalCodes.Count > 0 ? visits[0].Commune.PostalCodes[0] : null,
                Street: visits[0].Stop.Spot,
                Complement: null,
                Location: visits[0].Location,
                Typologies: tour.Typologies.Select(Vocabularies.Typologies.Label),
                Phone: tour.Contact.Phone,
                Emails: tour.Contact.Email is { } email ? [email.Value] : [],
                Websites: tour.Contact.Website is { } web ? [web.Value.AbsoluteUri] : [],
                Hours: null,
                Summary: VisitsSummary(visits, site.Today),
                DetailMarkdown: tour.DescriptionMarkdown,
                DataSource: null,
                Itinerance: [Itinerance.Travelling],
                Parent: tour.Operator,
                // When the dates were last announced or changed; the build's day if editors never said.
                UpdatedOn: visits.Select(v => v.UpdatedOn).Max() ?? site.Today,
                Services: tour.Services,
                Audiences: tour.Audiences,
                SpecificSupports: [],
                Fees: tour.Fees,
                Programmes: tour.NationalProgrammes.Select(Vocabularies.NationalProgrammes.Label),
                TrainingLabels: tour.TrainingLabels.Select(Vocabularies.TrainingLabels.Label),
                OtherTrainingLabels: null,
                AccessModes: AccessModes(visits[0]),
                SupportModes: tour.SupportModes,
                AccessibilitySheet: null,
                BookingUrl: null));

    /// <summary>« Passages prévus : mardi 8 décembre 2026 (9 h – 12 h et 14 h – 17 h), … », within the standard's 280 characters.</summary>
    private static string VisitsSummary(IReadOnlyList<Visit> visits, DateOnly today)
    {
        // A recurring stop is said by its rule, then its next dates.
        if (visits[0].Stop.Series is { } series)
        {
            var rule = $"{Fr.Capitalize(SeriesText.Rule(series))}, {Fr.Ranges(visits[0].Stop.Sessions)}";
            for (var shown = Math.Min(visits.Count, 8); shown > 0; shown--)
            {
                var text = $"{rule}. Prochaines dates : {SeriesText.Dates(visits.Take(shown).Select(v => v.Stop.Date).ToList(), today)}{(shown < visits.Count ? "…" : ".")}";
                if (text.Length <= SummaryMaxLength) return text;
            }
            return rule + ".";
        }
        var head = visits.Count > 1 ? "Passages prévus : " : "Passage prévu : ";
        var dates = visits.Select(v => Fr.Date(v.Stop.Date) + (v.Stop.Sessions.Count > 0 ? $" ({Fr.Ranges(v.Stop.Sessions)})" : "")).ToList();
        for (var shown = dates.Count; shown > 0; shown--)
        {
            var more = dates.Count - shown;
            var text = head + string.Join(", ", dates.Take(shown)) + (more > 0 ? $" et {Fr.Plural(more, "autre date", "autres dates")}." : ".");
            if (text.Length <= SummaryMaxLength) return text;
        }
        return head + $"{Fr.Plural(dates.Count, "date", "dates")}.";
    }

    /// <summary>How to come to the bus: by phone for workshops and appointments, in person for a drop-in permanence.</summary>
    private static IEnumerable<string> AccessModes(Visit visit) =>
        visit.IsPermanence && visit.Stop.Reception == Reception.DropIn
            ? [Vocabularies.AccessModes.Label(AccessMode.WalkIn)]
            : [Vocabularies.AccessModes.Label(AccessMode.Phone)];

    private static string?[] Cells(StandardRow r) =>
    [
        r.Id,
        r.Pivot ?? UnknownPivot,
        r.Name,
        r.Commune.Name,
        r.PostalCode?.Value,
        r.Commune.Code.Value,
        r.Street,
        r.Complement,
        Number(r.Location.Latitude),
        Number(r.Location.Longitude),
        Join(r.Typologies),
        r.Phone?.International,
        Join(r.Emails),
        Join(r.Websites),
        r.Hours,
        r.Summary,
        EditorMarkdown.ToPlainText(r.DetailMarkdown),
        r.DataSource,
        Join(r.Itinerance.Select(Vocabularies.Itinerances.Label)),
        r.Parent,
        IsoDate.Format(r.UpdatedOn),
        Join(r.Services.Select(Vocabularies.Services.Label)),
        Join(r.Audiences.Select(Vocabularies.Audiences.Label)),
        Join(r.SpecificSupports),
        Join(r.Fees.Select(Vocabularies.Fees.Label)),
        Join(r.Programmes),
        Join(r.TrainingLabels),
        r.OtherTrainingLabels,
        Join(r.AccessModes),
        Join(r.SupportModes.Select(Vocabularies.SupportModes.Label)),
        r.AccessibilitySheet?.Value.AbsoluteUri,
        r.BookingUrl?.Value.AbsoluteUri,
    ];

    private static string? Join(IEnumerable<string> values)
    {
        var joined = string.Join('|', values);
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>Six decimals (about 10 cm), as the GeoJSON.</summary>
    private static string Number(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>One row of the standard before it is written: a place's or a tour's, with the values in the model's types.</summary>
    private sealed record StandardRow(
        string Id, string? Pivot, string Name, Commune Commune, CodePostal? PostalCode, string Street, string? Complement, GeoPoint Location,
        IEnumerable<string> Typologies, PhoneNumber? Phone, IEnumerable<string> Emails, IEnumerable<string> Websites, string? Hours,
        string? Summary, string? DetailMarkdown, string? DataSource, IReadOnlyList<Itinerance> Itinerance, string? Parent, DateOnly UpdatedOn,
        IReadOnlyList<Service> Services, IReadOnlyList<Audience> Audiences, IEnumerable<string> SpecificSupports, IReadOnlyList<Fee> Fees,
        IEnumerable<string> Programmes, IEnumerable<string> TrainingLabels, string? OtherTrainingLabels, IEnumerable<string> AccessModes,
        IReadOnlyList<SupportMode> SupportModes, WebUrl? AccessibilitySheet, WebUrl? BookingUrl);
}
