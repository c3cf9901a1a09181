using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>For coordinators and funders: which communes are far from any offer (the first rows of <see cref="Coverage.Uncovered"/>).</summary>
public sealed record CoveragePageModel(
    PageMeta Meta, SiteFrame Site, double RadiusKm, Coverage Coverage, IReadOnlyList<CommuneOffers> Uncovered) : PageModel(Meta, Site);
