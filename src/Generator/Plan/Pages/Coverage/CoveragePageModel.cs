using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>For coordinators and funders: which communes are far from any offer (the first rows of <see cref="Coverage.Uncovered"/>).</summary>
/// <param name="NextStops">The first communes of <see cref="Coverage.NextStops"/>; the CSV has them all.</param>
public sealed record CoveragePageModel(
    PageMeta Meta, SiteFrame Site, double RadiusKm, Coverage Coverage, IReadOnlyList<CommuneOffers> Uncovered,
    IReadOnlyList<BusCandidate> NextStops) : PageModel(Meta, Site)
{
    /// <summary>The latest past visits followed by nothing (at most 30); the CSV has every past visit.</summary>
    public IReadOnlyList<VisitFollowUp> WithoutFollowUp { get; init; } = [];
}
