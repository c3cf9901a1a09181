using System.Globalization;

namespace Relais.Model.Resolved;

/// <summary>
/// A bus stop with its tour and commune, and what Resolve decided about it for the build's day:
/// what a stop page, a poster, an agenda line or a calendar shows. Compared by reference.
/// </summary>
public sealed class Visit(Tour tour, Stop stop)
{
    public Tour Tour { get; } = tour;

    public Stop Stop { get; } = stop;

    public Commune Commune => Stop.Commune;

    /// <summary>
    /// Its page's address in the tour: « 2027-03-09-sorigny » for a one-off stop (one per commune and
    /// day), the commune's name for the dates of a recurring stop, which share one page.
    /// </summary>
    public required string Slug { get; init; }

    /// <summary>A one-off stop's slug: its date and commune.</summary>
    public static string DatedSlug(Stop stop) => stop.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + Slugs.From(stop.Commune.Name);

    public GeoPoint Location => LocationOf(Stop);

    /// <summary>Where the bus parks: the stop's point, or its commune's centre.</summary>
    public static GeoPoint LocationOf(Stop stop) => stop.Location ?? stop.Commune.Location;

    public bool IsCancelled => Stop.Status == Vocabularies.StopStatus.Cancelled;

    public bool IsFull => Stop.Status == Vocabularies.StopStatus.Full;

    public bool IsPermanence => Stop.IsPermanence;

    public bool IsRecurring => Stop.Series is not null;

    /// <summary>Whom to call to register or make an appointment: the stop's registration, else the tour's contact.</summary>
    public string CallWith => Stop.Registration?.With ?? Tour.Operator;

    public Values.PhoneNumber? CallPhone => Stop.Registration?.Phone ?? Tour.Contact.Phone;

    /// <summary>« 2 ateliers de 12 places », for a workshop visit whose seats are known; null otherwise.</summary>
    public int? Seats => IsPermanence ? null : Tour.SeatsPerSession;

    /// <summary>
    /// When the visit was last announced or changed, as editors recorded it on the stop or on the
    /// whole tour (the later of the two: a tour-wide change reaches every stop); null if never said.
    /// </summary>
    public DateOnly? UpdatedOn => (Stop.UpdatedOn, Tour.UpdatedOn) switch
    {
        ({ } s, { } t) => s > t ? s : t,
        (var s, var t) => s ?? t,
    };

    /// <summary>Its day is before the build's day: its page turns into « après le bus ».</summary>
    public required bool IsPast { get; init; }

    /// <summary>Past, but by a week at most: it stays in the commune calendars.</summary>
    public bool IsRecentPast { get; init; }

    /// <summary>The registration deadline has passed (and the visit has not).</summary>
    public required bool RegistrationClosed { get; init; }

    /// <summary>The bus's next announced visit to the same commune after this one (upcoming, not cancelled), if any.</summary>
    public required Visit? NextVisitHere { get; init; }

    /// <summary>Where to go after the bus has left.</summary>
    public required NextSteps NextSteps { get; init; }

    /// <summary>Upcoming and taking place: what is announced, on posters and in the « next visit ».</summary>
    public bool IsAnnounced => !IsPast && !IsCancelled;
}
