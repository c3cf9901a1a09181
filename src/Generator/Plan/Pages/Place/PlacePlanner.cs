using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>One page per place: services, hours, address, how to get help, its workshops.</summary>
public static class PlacePlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        var site = context.Site;
        foreach (var place in site.Places)
        {
            var commune = place.Address.Commune;
            var route = Routes.Place(place);
            var summary = place.Summary ?? Fr.List(place.Services.Select(s => Fr.Uncapitalize(Model.Vocabularies.Vocabularies.Services.Plain(s))));
            var meta = Meta($"{place.Name}, {commune.Name}", Fr.Capitalize($"{summary}. {place.Address.Street}, {place.Address.PostalCode} {commune.Name}."), route,
                PlacesPlanner.Crumb, new Link(place.Name, route)) with { UpdatedOn = place.UpdatedOn, JsonLd = new DeferredHtml(JsonLd.CacheKey, () => JsonLd.ForPlace(place, context.Frame)) };
            yield return new(new PlacePageModel(meta, context.Frame, place, EditorMarkdown.ToHtml(place.DetailMarkdown, 3),
                site.UpcomingWorkshopsByOrganiser[place.Slug].ToList()), place.Source)
            {
                Identity = PageIdentity.InCommune("place", commune, place.Name),
            };
        }
    }
}
