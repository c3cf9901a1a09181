namespace Relais.Model.Resolved;

/// <summary>Coverage of the territory, for coordinators: communes with a place of help within the radius.</summary>
/// <param name="Reach">Every commune's distance to each kind of help, in the site's commune order.</param>
/// <param name="Whole">The whole site's communes beyond each distance band; <paramref name="Departments"/>, each department's, in French order.</param>
public sealed record Coverage(
    int Communes, int CoveredCommunes, long Population, long CoveredPopulation, IReadOnlyList<CommuneOffers> Uncovered,
    IReadOnlyList<CommuneReach> Reach, AreaBands Whole, IReadOnlyList<AreaBands> Departments)
{
    /// <summary>Where the bus should go next, best first (see NextStops in Resolve for the rule).</summary>
    public IReadOnlyList<BusCandidate> NextStops { get; init; } = [];

    /// <summary>Whether <see cref="NextStops"/> counts the inhabitants aged 60 or more (every commune carries the figure) rather than all.</summary>
    public bool NextStopsCountOver60 { get; init; }

    /// <summary>What followed each past visit (see FollowUps in Resolve for the rule).</summary>
    public FollowUpSummary FollowUp { get; init; } = FollowUpSummary.Empty;

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
    IReadOnlyList<VisitGroup> VisitGroups,
    IReadOnlyDictionary<Values.CodeInsee, CommuneOffers> OffersByCommune,
    ILookup<string, Workshop> UpcomingWorkshopsByOrganiser,
    Coverage Coverage,
    IReadOnlyList<Redirect> Redirects)
{
    private readonly ILookup<string, Visit> _visitsByTour = Visits.ToLookup(v => v.Tour.Slug, StringComparer.Ordinal);

    private readonly ILookup<string, VisitGroup> _groupsByTour = VisitGroups.ToLookup(g => g.Tour.Slug, StringComparer.Ordinal);

    // Visits compare by reference.
    private readonly Dictionary<Visit, VisitGroup> _groupOf = VisitGroups
        .SelectMany(g => g.Visits.Select(v => (v, g)))
        .ToDictionary(x => x.v, x => x.g);

    /// <summary>A tour's visits in date order.</summary>
    public IEnumerable<Visit> VisitsOf(Tour tour) => _visitsByTour[tour.Slug];

    /// <summary>A tour's pages of visits, in the order of their first date.</summary>
    public IEnumerable<VisitGroup> GroupsOf(Tour tour) => _groupsByTour[tour.Slug];

    /// <summary>The page a visit is shown on.</summary>
    public VisitGroup GroupOf(Visit visit) => _groupOf[visit];
}
