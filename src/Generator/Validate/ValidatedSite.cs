using Relais.Model;

namespace Relais.Generator.Validate;

/// <summary>Content that passed validation: typed, linked by checked references, ready to resolve.</summary>
public sealed record ValidatedSite(
    SiteSettings Settings,
    IReadOnlyList<Commune> Communes,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Tour> Tours,
    IReadOnlyList<Workshop> Workshops,
    IReadOnlyList<InputPage> Pages);
