namespace Relais.Model.Resolved;

/// <summary>A bus stop with its tour and commune: what a stop page, a poster or an agenda line shows.</summary>
public sealed record Visit(Tour Tour, Stop Stop, Commune Commune)
{
    /// <summary>« 2027-03-09-sorigny »: a bus is in one commune a day, so date and name are unique in a tour.</summary>
    public string Slug => $"{Stop.Date:yyyy-MM-dd}-{Slugs.From(Commune.Name)}";

    public GeoPoint Location => Stop.Location ?? Commune.Location;

    public bool IsCancelled => Stop.Status == Vocabularies.StopStatus.Cancelled;

    /// <summary>
    /// When the visit was last announced or changed, as editors recorded it on the stop or on the
    /// whole tour (the later of the two: a tour-wide change reaches every stop); null if never said.
    /// </summary>
    public DateOnly? UpdatedOn => (Stop.UpdatedOn, Tour.UpdatedOn) switch
    {
        ({ } stop, { } tour) => stop > tour ? stop : tour,
        (var stop, var tour) => stop ?? tour,
    };
}
