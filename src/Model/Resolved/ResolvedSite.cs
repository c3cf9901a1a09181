using Relais.Model.Values;

namespace Relais.Model.Resolved;

/// <summary>The content linked together, with the geography computed: the input of planning.</summary>
public sealed record ResolvedSite(
    SiteSettings Settings,
    DateOnly Today,
    IReadOnlyList<Commune> Communes,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Tour> Tours,
    IReadOnlyList<Workshop> Workshops,
    IReadOnlyList<InputPage> Pages,
    IReadOnlyList<Visit> Visits,
    IReadOnlyDictionary<CodeInsee, CommuneOffers> OffersByCommune,
    IReadOnlyDictionary<Visit, NextSteps> NextStepsByVisit)
{
    public Commune CommuneOf(CodeInsee code) => OffersByCommune[code].Commune;

    private readonly Dictionary<string, Place> _placesBySlug = Places.ToDictionary(p => p.Slug, StringComparer.Ordinal);

    public Place PlaceBySlug(string slug) => _placesBySlug[slug];
}
