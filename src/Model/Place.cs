using Relais.Model.Hours;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Model;

/// <summary>
/// A place or service offering digital help (content/lieux/*.yml), with the national standard's
/// « lieux de médiation numérique » fields under English names.
/// </summary>
public sealed record Place(
    string Slug,
    SourceSpan Source,
    string Name,
    string? Pivot,
    IReadOnlyList<Typology> Typologies,
    Address Address,
    GeoPoint Location,
    bool LocationIsCommuneCentre,
    PhoneNumber? Phone,
    IReadOnlyList<EmailAddress> Emails,
    IReadOnlyList<WebUrl> Websites,
    OpeningHours? Hours,
    string? Summary,
    string? DetailMarkdown,
    string? DataSource,
    string? ParentNetwork,
    IReadOnlyList<Itinerance> Itinerance,
    DateOnly UpdatedOn,
    IReadOnlyList<Service> Services,
    IReadOnlyList<Audience> Audiences,
    IReadOnlyList<SpecificSupport> SpecificSupports,
    IReadOnlyList<Fee> Fees,
    IReadOnlyList<NationalProgramme> Programmes,
    IReadOnlyList<TrainingLabel> TrainingLabels,
    string? OtherTrainingLabels,
    IReadOnlyList<AccessMode> AccessModes,
    IReadOnlyList<SupportMode> SupportModes,
    WebUrl? AccessibilitySheet,
    WebUrl? BookingUrl)
{
    /// <summary>Verified too long ago to be trusted without a call: decided by Resolve for the build's day.</summary>
    public bool IsStale { get; init; }

    /// <summary>Hours as the place wrote them, not in OSM syntax (« horaires_texte »): shown as text when <see cref="Hours"/> is absent.</summary>
    public string? HoursText { get; init; }
}

/// <summary>A postal address in one of the site's communes.</summary>
public sealed record Address(string Street, string? Complement, CodePostal PostalCode, Commune Commune);
