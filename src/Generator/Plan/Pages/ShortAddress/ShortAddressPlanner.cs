using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>One short address per visit page, printed on its poster, leading to the page (a <see cref="RedirectPageModel"/>).</summary>
public static class ShortAddressPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in context.Site.VisitGroups)
        {
            var visit = group.Lead;
            var route = Routes.ShortVisit(visit);
            var target = Routes.Visit(visit);
            // 35 bits make two visit pages sharing a code very unlikely (one in a few thousand for all of
            // France); should it happen, the build says so rather than send one poster to the wrong page.
            if (!taken.TryAdd(route, target))
                throw new InvalidOperationException($"The visit pages {taken[route]} and {target} share the short address {route}: lengthen ShortCode.");
            var title = $"{visit.Tour.Name} {Fr.At(visit.Commune.Name)}{(group.IsRecurring ? "" : $", {Fr.Date(visit.Stop.Date)}")}";
            var meta = Meta(title, $"Adresse courte de la page du passage : {title}.", route, new Link(title, target));
            yield return new(new RedirectPageModel(meta, context.Frame, target, Routes.Relative(route, target), title, "Aller à la page du passage du bus"))
            {
                Identity = PageIdentity.OfVisit("short-address", group) with { Target = target },
            };
        }
    }
}
