namespace Relais.Model.Resolved;

/// <summary>
/// The visits one page shows: a one-off visit alone, or every date of a tour's recurring stops in
/// one commune (a permanence every other Monday has one page listing its next dates, not one per date).
/// </summary>
public sealed class VisitGroup
{
    public VisitGroup(IReadOnlyList<Visit> visits)
    {
        Visits = visits;
        Upcoming = visits.Where(v => !v.IsPast).ToList();
        Announced = Upcoming.Where(v => !v.IsCancelled).ToList();
        Lead = Announced.FirstOrDefault() ?? Upcoming.FirstOrDefault() ?? visits[^1];
        Series = visits.Select(v => v.Stop.Series).OfType<StopSeries>().Distinct().OrderBy(s => s.Day == DayOfWeek.Sunday ? 7 : (int)s.Day).ThenBy(s => s.First).ToList();
    }

    /// <summary>In date order; never empty.</summary>
    public IReadOnlyList<Visit> Visits { get; }

    /// <summary>Today or later, cancelled ones included (said as cancelled).</summary>
    public IReadOnlyList<Visit> Upcoming { get; }

    /// <summary>Today or later and taking place: the dates a poster lists.</summary>
    public IReadOnlyList<Visit> Announced { get; }

    /// <summary>The visit the page is about: the next announced date, else the next one, else the last one.</summary>
    public Visit Lead { get; }

    /// <summary>The recurring rules of this page, by weekday; empty for a one-off visit.</summary>
    public IReadOnlyList<StopSeries> Series { get; }

    public bool IsRecurring => Series.Count > 0;

    public Tour Tour => Lead.Tour;

    public Commune Commune => Lead.Commune;

    /// <summary>Every date is past: the page leads with « après le bus ».</summary>
    public bool IsPast => Upcoming.Count == 0;
}
