using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The hand-written pages of input/.</summary>
public static class ContentPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context) =>
        context.Site.Pages.Select(page =>
        {
            var route = Routes.Page(page);
            var meta = Meta(page.Title, page.Description ?? page.Title, route, new Link(page.Title, route));
            return new PlannedPage(new ContentPageModel(meta, context.Frame, EditorMarkdown.ToHtml(page.BodyMarkdown)), page.Source)
            {
                Identity = PageIdentity.Named("content", Slugs.From(page.Title)),
            };
        });
}
