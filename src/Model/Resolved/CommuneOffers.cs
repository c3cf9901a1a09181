namespace Relais.Model.Resolved;

/// <summary>Everything a commune page shows, computed once by the Resolve stage.</summary>
public sealed record CommuneOffers(
    Commune Commune,
    IReadOnlyList<(HelpKind Kind, Nearby<Place> Place)> NearestByKind,
    IReadOnlyList<Nearby<Place>> Places,
    IReadOnlyList<Nearby<Workshop>> Workshops,
    IReadOnlyList<Nearby<Visit>> UpcomingVisits,
    IReadOnlyList<Nearby<Visit>> PastVisits)
{
    /// <summary>The closest place of any kind, for « the nearest help is … km away ».</summary>
    public Nearby<Place>? NearestPlace => Places.Count > 0 ? Places[0] : null;

    /// <summary>A place or a workshop in the commune itself.</summary>
    public bool HasOwnOffer =>
        Places.Any(p => p.Item.Address.Commune == Commune.Code) || Workshops.Any(w => w.Item.Commune == Commune.Code);
}

/// <summary>Where to go after the bus has left: the nearest places and the workshops starting soon.</summary>
public sealed record NextSteps(IReadOnlyList<Nearby<Place>> Places, IReadOnlyList<Nearby<Workshop>> Workshops);
