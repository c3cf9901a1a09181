using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Model;

/// <summary>A series of workshop sessions (content/ateliers/*.md): front matter and a Markdown programme.
/// <see cref="Location"/> is the venue's point, or the commune's centre when none is given.</summary>
public sealed record Workshop(
    string Slug,
    SourceSpan Source,
    string Title,
    Place Organiser,
    string Venue,
    string? Street,
    Commune Commune,
    GeoPoint Location,
    Level Level,
    int Capacity,
    int? FreeSeats,
    IReadOnlyList<WorkshopSession> Sessions,
    WeeklyRule? Rule,
    IReadOnlyList<Fee> Fees,
    string? Price,
    bool PassNumerique,
    Registration? Registration,
    IReadOnlyList<Service> Services,
    IReadOnlyList<Audience> Audiences,
    string? Summary,
    string ProgrammeMarkdown)
{
    /// <summary>The sessions on or after the build's day, decided by Resolve; empty when the series is over.</summary>
    public IReadOnlyList<WorkshopSession> UpcomingSessions { get; init; } = [];

    /// <summary>
    /// The next <c>ResolveOffers.CommuneCalendarSessions</c> upcoming sessions, decided by Resolve: what the
    /// calendars of the communes around it carry (its own calendar has every session).
    /// </summary>
    public IReadOnlyList<WorkshopSession> SoonSessions { get; init; } = [];

    /// <summary>When editors last changed the series (« date_maj »: a time, a room, a date); null if never said.</summary>
    public DateOnly? UpdatedOn { get; init; }

    /// <summary>No seat left (« places_libres: 0 »): one cannot join.</summary>
    public bool IsFull => FreeSeats == 0;

    public WorkshopSession? NextSession => UpcomingSessions.Count > 0 ? UpcomingSessions[0] : null;

    public bool IsOver => UpcomingSessions.Count == 0;

    /// <summary>Its first session is past: one joins a series under way.</summary>
    public bool HasStarted => UpcomingSessions.Count < Sessions.Count;
}

public sealed record WorkshopSession(DateOnly Date, TimeRange Time);

/// <summary>« Every Tuesday 14:00-16:30 from … to …, except … », kept to say it in words.</summary>
public sealed record WeeklyRule(DayOfWeek Day, TimeRange Time, DateOnly From, DateOnly To, IReadOnlyList<DateOnly> Except);
