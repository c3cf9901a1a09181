using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Model;

/// <summary>A digital bus and its stops (content/tournees/*.yml).</summary>
public sealed record Tour(
    string Slug,
    SourceSpan Source,
    string Name,
    string Operator,
    Contact Contact,
    int SeatsPerSession,
    int MinimumRegistrations,
    IReadOnlyList<TimeRange> DefaultSessions,
    IReadOnlyList<string> Funders,
    IReadOnlyList<Service> Services,
    IReadOnlyList<SupportMode> SupportModes,
    IReadOnlyList<Fee> Fees,
    IReadOnlyList<Audience> Audiences,
    string? DescriptionMarkdown,
    DateOnly? UpdatedOn,
    IReadOnlyList<Stop> Stops);

public sealed record Contact(PhoneNumber? Phone, EmailAddress? Email, WebUrl? Website);

/// <summary>A day the bus parks in a commune. <see cref="Sessions"/> already holds the tour's
/// default sessions when the stop names none.</summary>
public sealed record Stop(
    SourceSpan Source,
    DateOnly Date,
    Commune Commune,
    string Spot,
    GeoPoint? Location,
    IReadOnlyList<TimeRange> Sessions,
    string? Theme,
    Registration? Registration,
    StopStatus Status,
    string? CancellationReason,
    DateOnly? UpdatedOn);

/// <summary>How to register: with whom, how to reach them, until when.</summary>
public sealed record Registration(string With, PhoneNumber? Phone, EmailAddress? Email, DateOnly? Deadline);
