namespace Relais.Model.Resolved;

/// <summary>Coverage of the territory, for coordinators: communes with a place of help within the radius.</summary>
public sealed record Coverage(int Communes, int CoveredCommunes, long Population, long CoveredPopulation, IReadOnlyList<CommuneOffers> Uncovered)
{
    public int UncoveredCount => Communes - CoveredCommunes;
}

/// <summary>
/// The content linked together, with every derived fact decided for the build's day: the input of
/// planning, which only reads it. Places and workshops carry their facts; visits are in date order.
/// </summary>
public sealed record ResolvedSite(
    SiteSettings Settings,
    DateOnly Today,
    IReadOnlyList<Commune> Communes,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Tour> Tours,
    IReadOnlyList<Workshop> Workshops,
    IReadOnlyList<InputPage> Pages,
    IReadOnlyList<Visit> Visits,
    IReadOnlyDictionary<Values.CodeInsee, CommuneOffers> OffersByCommune,
    ILookup<string, Workshop> UpcomingWorkshopsByOrganiser,
    Coverage Coverage)
{
    private readonly ILookup<string, Visit> _visitsByTour = Visits.ToLookup(v => v.Tour.Slug, StringComparer.Ordinal);

    /// <summary>A tour's visits in date order.</summary>
    public IEnumerable<Visit> VisitsOf(Tour tour) => _visitsByTour[tour.Slug];
}
