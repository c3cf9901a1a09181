using Relais.Model;

namespace Relais.Generator.Validate;

/// <summary>Content that passed validation: typed, linked by checked references, ready to resolve;
/// with the day it was checked for (--today, or the date in the site's time zone), and the redirects of
/// content/redirections.csv (each line well formed, no old address twice, no loop).</summary>
public sealed record ValidatedSite(
    SiteSettings Settings,
    DateOnly Today,
    IReadOnlyList<Commune> Communes,
    IReadOnlyList<Place> Places,
    IReadOnlyList<Tour> Tours,
    IReadOnlyList<Workshop> Workshops,
    IReadOnlyList<InputPage> Pages,
    IReadOnlyList<Redirect> Redirects);
