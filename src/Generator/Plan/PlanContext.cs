using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;

namespace Relais.Generator.Plan;

/// <summary>What every planner reads: the resolved site, the frame every page shares, and the helpers they share.</summary>
public sealed class PlanContext(ResolvedSite site, SiteFrame frame, PlanOptions options)
{
    public ResolvedSite Site { get; } = site;

    public SiteFrame Frame { get; } = frame;

    private readonly Dictionary<string, PlannedPage> _planned = new(StringComparer.Ordinal);

    /// <summary>The pages planned so far, by route: those of the kinds before the current one in <see cref="PageKinds.All"/>.</summary>
    public IReadOnlyDictionary<string, PlannedPage> PlannedBefore => _planned;

    internal void Record(PlannedPage page) => _planned.TryAdd(page.Model.Meta.Route, page);

    /// <summary>QR codes are encoded once per build: a commune's poster and its sheets share addresses.</summary>
    public QrCodes QrCodes { get; } = new();

    public static readonly StringComparer FrenchOrder = StringComparer.Create(Fr.Culture, ignoreCase: true);

    public static readonly Link ToursCrumb = new("Le bus numérique", Routes.Tours);

    public static readonly Link DepartmentsCrumb = new("Communes par département", Routes.Departments);

    /// <summary>The PDF of a printable page, when the build makes PDFs.</summary>
    public string? PdfOf(string route) => options.Pdf ? Routes.Pdf(route) : null;

    public Printable Printable(string route) => new(route, PdfOf(route));

    public static PageMeta Meta(string title, string description, string route, params Link[] breadcrumb) =>
        new(title, description, route, [new Link("Accueil", Routes.Home), .. breadcrumb]);

    /// <summary>Departments with their commune and place counts, in French order.</summary>
    public IReadOnlyList<DepartmentSummary> Departments { get; } = DepartmentSummaries(site);

    private static IReadOnlyList<DepartmentSummary> DepartmentSummaries(ResolvedSite site)
    {
        var placesByDepartment = site.Places.GroupBy(p => p.Address.Commune.DepartmentCode).ToDictionary(g => g.Key, g => g.Count());
        return site.Communes
            .GroupBy(c => c.DepartmentCode)
            .Select(g => new DepartmentSummary(Model.Departments.Get(g.Key), g.Count(), placesByDepartment.GetValueOrDefault(g.Key)))
            .OrderBy(d => d.Department.Name, FrenchOrder)
            .ToList();
    }

    /// <summary>A visit page's breadcrumb, shared by its page, poster and sheet; a recurring stop's page is the commune's, without a date.</summary>
    public static Link[] VisitCrumbs(VisitGroup group) =>
    [
        ToursCrumb, new Link(group.Tour.Name, Routes.Tour(group.Tour)),
        new Link(group.IsRecurring ? group.Commune.Name : $"{group.Commune.Name}, {Fr.DateShort(group.Lead.Stop.Date)}", Routes.Visit(group.Lead)),
    ];

    public static Link[] CommuneCrumbs(Commune commune)
    {
        var department = Model.Departments.Get(commune.DepartmentCode);
        return [DepartmentsCrumb, new Link(department.Label, Routes.Department(department)), new Link(commune.Name, Routes.Commune(commune))];
    }

    /// <summary>A static map of the nearest places, numbered as in its legend.</summary>
    public static MapImage Map(GeoPoint center, string name, IReadOnlyList<Nearby<Place>> places, string id) =>
        StaticMap.Draw(center, name, places.Select(p => new MapMarker($"{p.Item.Name} ({p.Item.Address.Commune.Name})", p.Item.Location, p.DistanceKm)).ToList(), id);

    /// <summary>Items grouped by department, then by commune, both in French alphabetical order.</summary>
    public static IReadOnlyList<IndexGroup<T>> Groups<T>(IEnumerable<T> items, Func<T, Commune> communeOf, Func<T, string> nameOf) =>
        items
            .GroupBy(i => communeOf(i).DepartmentCode)
            .Select(d => new IndexGroup<T>(
                Model.Departments.Get(d.Key),
                d.GroupBy(i => communeOf(i).Code)
                    .Select(c => (communeOf(c.First()), (IReadOnlyList<T>)c.OrderBy(nameOf, FrenchOrder).ToList()))
                    .OrderBy(c => c.Item1.Name, FrenchOrder)
                    .ToList()))
            .OrderBy(g => g.Department.Name, FrenchOrder)
            .ToList();
}
