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
    int? SeatsPerSession,
    int MinimumRegistrations,
    IReadOnlyList<TimeRange> DefaultSessions,
    IReadOnlyList<string> Funders,
    IReadOnlyList<Service> Services,
    IReadOnlyList<SupportMode> SupportModes,
    IReadOnlyList<Fee> Fees,
    IReadOnlyList<Audience> Audiences,
    string? DescriptionMarkdown,
    DateOnly? UpdatedOn,
    IReadOnlyList<Stop> Stops)
{
    /// <summary>The bus lends computers (said on posters); by default a workshop bus does, a permanence does not.</summary>
    public bool ComputersProvided { get; init; }

    /// <summary>The standard's place-level facts, which real buses carry too.</summary>
    public IReadOnlyList<Typology> Typologies { get; init; } = [];

    public IReadOnlyList<NationalProgramme> NationalProgrammes { get; init; } = [];

    public IReadOnlyList<TrainingLabel> TrainingLabels { get; init; } = [];

    /// <summary>APTIC cheques (« Pass numérique ») accepted on board.</summary>
    public bool PassNumerique { get; init; }
}

public sealed record Contact(PhoneNumber? Phone, EmailAddress? Email, WebUrl? Website);

/// <summary>
/// A day the bus parks in a commune. <see cref="Sessions"/> already holds the tour's default sessions
/// when the stop names none; a recurring stop is expanded into one of these per date, all sharing
/// their <see cref="Series"/>.
/// </summary>
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
    DateOnly? UpdatedOn)
{
    /// <summary>Workshops with seats, or a permanence where people are received one by one.</summary>
    public StopFormat Format { get; init; } = StopFormat.Workshop;

    /// <summary>For a permanence: drop-in, or by appointment (the registration's phone, or the tour's).</summary>
    public Reception Reception { get; init; } = Reception.Registration;

    /// <summary>The rule this date comes from, or null for a one-off stop.</summary>
    public StopSeries? Series { get; init; }

    /// <summary>
    /// For a one-off stop moved to another day: the date it was first announced on (« date_initiale »),
    /// which stays its identity in calendars that imported it; null when it was never moved.
    /// </summary>
    public DateOnly? FirstAnnounced { get; init; }

    /// <summary>
    /// The day that names this stop in calendars: the date first announced, so that a rescheduled visit
    /// stays the same event; a recurring stop's dates are each their own event, named by their date.
    /// </summary>
    public DateOnly IdentityDate => FirstAnnounced ?? Date;

    public bool IsPermanence => Format == StopFormat.Permanence;
}

/// <summary>How to register: with whom, how to reach them, until when.</summary>
public sealed record Registration(string With, PhoneNumber? Phone, EmailAddress? Email, DateOnly? Deadline);

/// <summary>
/// « Le lundi, tous les 15 jours, du 7 décembre au 28 juin, sauf le 28 décembre »: kept to say it in
/// words, and to expand into dates. Fortnights are counted from <see cref="First"/>, not by ISO week
/// parity (which breaks across 53-week years).
/// </summary>
public sealed record StopSeries(SourceSpan Source, DayOfWeek Day, int EveryWeeks, DateOnly First, DateOnly? Until, IReadOnlyList<DateOnly> Except, bool OnPublicHolidays)
{
    /// <summary>The dates up to <paramref name="last"/> (the series' own end, or the build's horizon).</summary>
    public IEnumerable<DateOnly> Dates(DateOnly last)
    {
        var end = Until is { } u && u < last ? u : last;
        var skipped = Except.ToHashSet();
        for (var n = First.DayNumber; n <= end.DayNumber; n += 7 * EveryWeeks)
        {
            var date = DateOnly.FromDayNumber(n);
            if (skipped.Contains(date)) continue;
            if (!OnPublicHolidays && Hours.FrenchPublicHolidays.Contains(date)) continue;
            yield return date;
        }
    }
}
