namespace Relais.Model.Resolved;

/// <summary>
/// What was there for people after a past visit, within the radius and in the three months after its
/// day (see FollowUps in Resolve for the rule): the nearest of each kind found, null when none.
/// </summary>
/// <param name="Place">The nearest place of help within the radius (a place is open all year).</param>
/// <param name="Workshop">The nearest workshop with a session in the three months after the visit.</param>
/// <param name="Permanence">The nearest permanence of any tour (not cancelled) in the three months after the visit.</param>
/// <param name="NearestHelp">The nearest place of help however far: what a visit with no follow-up names instead; null when the site has none.</param>
public sealed record VisitFollowUp(Visit Visit, Nearby<Place>? Place, Nearby<Workshop>? Workshop, Nearby<Visit>? Permanence, Nearby<Place>? NearestHelp)
{
    public bool IsFollowedUp => Place is not null || Workshop is not null || Permanence is not null;
}

/// <summary>
/// Past visits of an area and those followed by nothing: a department's (<paramref name="Department"/>,
/// that of the visit's commune), a tour's (<paramref name="Tour"/>), or the whole site's (both null).
/// </summary>
public sealed record FollowUpShare(Department? Department, Tour? Tour, int PastVisits, int WithoutFollowUp)
{
    /// <summary>Between 0 and 1; 0 when there is no past visit.</summary>
    public double ShareWithout => PastVisits == 0 ? 0 : (double)WithoutFollowUp / PastVisits;
}

/// <summary>Every past visit's follow-up, in date order, and the shares without one.</summary>
/// <param name="Departments">In French order of their names.</param>
/// <param name="Tours">In French order of their names.</param>
public sealed record FollowUpSummary(IReadOnlyList<VisitFollowUp> Visits, FollowUpShare Whole, IReadOnlyList<FollowUpShare> Departments, IReadOnlyList<FollowUpShare> Tours)
{
    public static FollowUpSummary Empty { get; } = new([], new(null, null, 0, 0), [], []);

    // Visits compare by reference.
    private readonly Dictionary<Visit, VisitFollowUp> _byVisit = Visits.ToDictionary(f => f.Visit);

    /// <summary>A past visit's follow-up; null for a visit to come or cancelled.</summary>
    public VisitFollowUp? Of(Visit visit) => _byVisit.GetValueOrDefault(visit);

    /// <summary>The past visits followed by nothing, latest first.</summary>
    public IEnumerable<VisitFollowUp> WithoutFollowUp => Visits.Where(f => !f.IsFollowedUp).Reverse();
}
