using Relais.Model.Resolved;

namespace Relais.Model.Pages;

public sealed record VisitPageModel(
    PageMeta Meta, SiteFrame Site,
    VisitGroup Group, Html TourDescription,
    Printable? Poster, Printable? Sheet, string CalendarRoute) : PageModel(Meta, Site)
{
    /// <summary>What followed the visit, once every date of the page is past (null before, or when the last was cancelled).</summary>
    public VisitFollowUp? FollowUp { get; init; }

    /// <summary>The visit the page is about: the next date of a recurring stop.</summary>
    public Visit Visit => Group.Lead;
}
