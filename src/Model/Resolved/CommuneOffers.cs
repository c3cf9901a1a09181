namespace Relais.Model.Resolved;

/// <summary>A bus visit seen from a commune: how far, and whether it is in the commune itself.</summary>
public sealed record CommuneVisit(Visit Item, double DistanceKm, bool InCommune);

/// <summary>Everything a commune page, poster and calendar show, decided once by Resolve.</summary>
/// <param name="Places">Every place within the radius, those that serve someone over 60 first (France Services,
/// EPN, libraries… see <see cref="HelpKinds.ServesSeniorsFirst"/>), each group nearest first; then at least the
/// few nearest however far (a commune far from everything is told where help is): only those within the radius are « near ».</param>
/// <param name="Workshops">Upcoming workshops within the radius only: « près d'ici ».</param>
/// <param name="NearestWorkshop">The nearest upcoming workshop when none is within the radius, to say how far it is.</param>
/// <param name="UpcomingVisits">The commune's own upcoming visits first, by date, then those within the radius, by date.</param>
public sealed record CommuneOffers(
    Commune Commune,
    double RadiusKm,
    IReadOnlyList<(HelpKind Kind, Nearby<Place> Place)> NearestByKind,
    IReadOnlyList<Nearby<Place>> Places,
    IReadOnlyList<Nearby<Workshop>> Workshops,
    Nearby<Workshop>? NearestWorkshop,
    IReadOnlyList<CommuneVisit> UpcomingVisits,
    IReadOnlyList<CommuneVisit> PastVisits)
{
    /// <summary>The closest place of any kind, for « the nearest help is … km away » (not always the first of <see cref="Places"/>).</summary>
    public Nearby<Place>? NearestPlace => Places.Count > 0 ? Places.MinBy(p => p.DistanceKm) : null;

    public int PlacesWithinRadius => Places.Count(p => p.DistanceKm <= RadiusKm);

    /// <summary>A place in the commune itself, even when a neighbour's is nearer the commune's centre.</summary>
    public Nearby<Place>? OwnPlace => Places.FirstOrDefault(p => p.Item.Address.Commune.Code == Commune.Code);

    /// <summary>The visit to announce: the commune's own next one, else the next within the radius.</summary>
    public CommuneVisit? NextVisit => UpcomingVisits.FirstOrDefault(v => !v.Item.IsCancelled);

    /// <summary>
    /// The commune's last visit whose page now leads with « après le bus »: not a past date of a
    /// recurring stop that comes back (its page announces the next dates).
    /// </summary>
    public CommuneVisit? LastOwnPastVisit => PastVisits.FirstOrDefault(p => p.InCommune
        && !UpcomingVisits.Any(u => ReferenceEquals(u.Item.Tour, p.Item.Tour) && u.Item.Slug == p.Item.Slug));

    /// <summary>The upcoming visits as the page lists them: a recurring stop once, at its next date.</summary>
    public IReadOnlyList<CommuneVisit> UpcomingVisitCards => UpcomingVisits.OnePerPage(v => v.Item).ToList();

    /// <summary>The commune's own next visit, for the department's A–Z list.</summary>
    public Visit? NextOwnVisit => UpcomingVisits.FirstOrDefault(v => v.InCommune && !v.Item.IsCancelled)?.Item;

    /// <summary>A place of help within the radius: what coverage counts.</summary>
    public bool IsCovered => NearestPlace is { } n && n.DistanceKm <= RadiusKm;

    /// <summary>Something upcoming to put on the town hall's door: a visit or a workshop within the radius.</summary>
    public bool HasPoster => NextVisit is not null || Workshops.Count > 0;
}

/// <summary>Where to go after the bus has left: the nearest places and the workshops one can still join.</summary>
public sealed record NextSteps(IReadOnlyList<Nearby<Place>> Places, IReadOnlyList<Nearby<Workshop>> Workshops);
