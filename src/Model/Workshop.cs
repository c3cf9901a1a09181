using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Model;

/// <summary>A series of workshop sessions (content/ateliers/*.md): front matter and a Markdown programme.</summary>
public sealed record Workshop(
    string Slug,
    SourceSpan Source,
    string Title,
    string Organiser,
    string Venue,
    string? Street,
    CodeInsee Commune,
    string CommuneName,
    GeoPoint? Location,
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
    string ProgrammeMarkdown);

public sealed record WorkshopSession(DateOnly Date, TimeRange Time);

/// <summary>« Every Tuesday 14:00-16:30 from … to …, except … », kept to say it in words.</summary>
public sealed record WeeklyRule(DayOfWeek Day, TimeRange Time, DateOnly From, DateOnly To, IReadOnlyList<DateOnly> Except);
