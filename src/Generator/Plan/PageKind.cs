using Relais.Model;
using Relais.Model.Pages;

namespace Relais.Generator.Plan;

/// <summary>A page planned by a kind's planner: its model (whose route is its URL) and the content file it comes from.</summary>
public sealed record PlannedPage(PageModel Model, SourceSpan? Source = null)
{
    /// <summary>What the address manifest keeps of it, to find where its content went should its address go.</summary>
    public PageIdentity Identity { get; init; } = PageIdentity.None;
}

/// <summary>
/// What the site knows of one kind of page: its name, how the build summary counts it, the theme
/// component that renders its model, the planner that makes its pages, the first URL segment it
/// owns (which hand-written pages may not take), whether it is printed to PDF and whether its
/// pages are listed in the sitemap (not a redirect).
/// </summary>
public sealed record PageKind(
    string Name, string One, string Many, Type Component, Func<PlanContext, IEnumerable<PlannedPage>> Plan,
    string? Segment = null, bool Printable = false, bool Listed = true)
{
    public override string ToString() => Name;
}
