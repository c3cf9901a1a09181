using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;

namespace Relais.Generator.Plan;

/// <summary>Home, departments and communes: how a family finds its village.</summary>
public static partial class PlanPages
{
    /// <summary>The home page shows this many of the next bus visits.</summary>
    private const int HomeVisits = 6;

    private const int HomeWorkshops = 4;

    private static PagePlan Home(ResolvedSite site, SiteFrame frame)
    {
        var meta = new PageMeta(site.Settings.Title, site.Settings.Description, Routes.Home, []);
        var nextVisits = site.Visits.Where(v => v.Stop.Date >= site.Today && !v.IsCancelled).Take(HomeVisits).ToList();
        var starting = site.Workshops
            .Where(w => w.Sessions[0].Date >= site.Today)
            .OrderBy(w => w.Sessions[0].Date).ThenBy(w => w.Slug, StringComparer.Ordinal)
            .Take(HomeWorkshops)
            .ToList();
        return Page(PageKind.Home, new HomePageModel(meta, frame, DepartmentSummaries(site), nextVisits, starting, site.Places.Count));
    }

    private static IReadOnlyList<DepartmentSummary> DepartmentSummaries(ResolvedSite site)
    {
        var placesByDepartment = site.Places.GroupBy(p => p.Address.Commune.DepartmentCode).ToDictionary(g => g.Key, g => g.Count());
        return site.Communes
            .GroupBy(c => c.DepartmentCode)
            .Select(g => new DepartmentSummary(Departments.Get(g.Key), g.Count(), placesByDepartment.GetValueOrDefault(g.Key)))
            .OrderBy(d => d.Department.Name, StringComparer.Create(Fr.Culture, ignoreCase: true))
            .ToList();
    }

    private static IEnumerable<PagePlan> Directory(PlanContext context)
    {
        var (site, frame) = (context.Site, context.Frame);
        var summaries = DepartmentSummaries(site);
        var departmentsCrumb = new Link("Communes par département", Routes.Departments);
        yield return Page(PageKind.Departments, new DepartmentsPageModel(
            Meta("Communes par département", "Choisissez votre département puis votre commune pour voir l'aide au numérique la plus proche.", Routes.Departments, departmentsCrumb),
            frame, summaries));

        var placesByCommune = site.Places.GroupBy(p => p.Address.Commune).ToDictionary(g => g.Key, g => g.Count());
        var nameOrder = StringComparer.Create(Fr.Culture, ignoreCase: true);
        foreach (var summary in summaries)
        {
            var department = summary.Department;
            var route = Routes.Department(department);
            var entries = site.Communes
                .Where(c => c.DepartmentCode == department.Code)
                .OrderBy(c => c.Name, nameOrder).ThenBy(c => c.Code.Value, StringComparer.Ordinal)
                .Select(c => new CommuneEntry(c, placesByCommune.GetValueOrDefault(c.Code),
                    site.OffersByCommune[c.Code].UpcomingVisits.FirstOrDefault(v => v.Item.Commune.Code == c.Code && !v.Item.IsCancelled)?.Item))
                .ToList();
            yield return Page(PageKind.Department, new DepartmentPageModel(
                Meta($"Communes {department.OfLabel}", $"Les {entries.Count} communes {department.OfLabel} : choisissez la vôtre pour voir l'aide au numérique la plus proche.", route,
                    departmentsCrumb, new Link(department.Label, route)),
                frame, department, entries));
        }

        // Communes are planned in parallel (maps, QR codes and calendars add up on a national site), in order.
        var planned = site.Communes.AsParallel().AsOrdered().Select(c => CommunePages(context, c, departmentsCrumb)).ToList();
        foreach (var (page, poster, calendar) in planned)
        {
            context.Files.Add(calendar);
            yield return page;
            if (poster is not null) yield return poster;
        }
    }

    private static (PagePlan Page, PagePlan? Poster, StaticFile Calendar) CommunePages(PlanContext context, Commune commune, Link departmentsCrumb)
    {
        var site = context.Site;
        var department = Departments.Get(commune.DepartmentCode);
        var offers = site.OffersByCommune[commune.Code];
        var route = Routes.Commune(commune);
        var title = $"{commune.Name} ({commune.PostalCodes[0].Value}) : aide au numérique près de chez vous";
        var crumbs = new[] { departmentsCrumb, new Link(department.Label, Routes.Department(department)), new Link(commune.Name, route) };
        var map = Map(commune.Location, commune.Name, offers.Places.Take(MapPlaces).ToList(), "carte");
        var poster = CommunePosterPage(context, offers, crumbs);
        var page = Page(PageKind.Commune, new CommunePageModel(
            Meta(title, CommuneDescription(offers, site.Settings.NearbyRadiusKm), route, crumbs),
            context.Frame, offers, department, site.Settings.NearbyRadiusKm, map,
            poster is null ? null : new Printable(poster.Route, context.PdfOf(poster.Route)), Routes.CommuneCalendar(commune)));
        return (page, poster, Text(Routes.CommuneCalendar(commune), CommuneCalendar(context, offers)));
    }

    /// <summary>A commune page's map shows its nearest places, numbered as in the legend.</summary>
    private const int MapPlaces = 6;

    private static MapImage Map(GeoPoint center, string name, IReadOnlyList<Nearby<Place>> places, string id) =>
        StaticMap.Draw(center, name, places.Select(p => new MapMarker($"{p.Item.Name} ({p.Item.Address.CommuneName})", p.Item.Location, p.DistanceKm)).ToList(), id);

    private static string CommuneDescription(CommuneOffers offers, double radiusKm)
    {
        var name = offers.Commune.Name;
        var within = offers.Places.Count(p => p.DistanceKm <= radiusKm);
        var visit = offers.UpcomingVisits.FirstOrDefault(v => !v.Item.IsCancelled);
        var bus = visit is null ? "" : $" Prochain passage du bus numérique {(visit.Item.Commune.Code == offers.Commune.Code ? "dans la commune" : Fr.At(visit.Item.Commune.Name))} le {Fr.DateShort(visit.Item.Stop.Date)}.";
        var places = within > 0
            ? $"{Fr.Plural(within, "lieu d'aide", "lieux d'aide")} à moins de {radiusKm.ToString("0", Fr.Culture)}{Fr.Nbsp}km {Fr.Of(name)}."
            : offers.NearestPlace is { } nearest
                ? $"Aide au numérique la plus proche {Fr.Of(name)} : {nearest.Item.Name}, {Fr.Distance(nearest.DistanceKm)}."
                : $"Aide au numérique autour {Fr.Of(name)}.";
        return places + bus;
    }
}
