using Relais.Model.Pages;
using Relais.Theme.Pages;

namespace Relais.Theme;

/// <summary>Which component renders which page model: one component per page kind.</summary>
public static class PageComponents
{
    private static readonly Dictionary<Type, Type> ByModel = new()
    {
        [typeof(HomePageModel)] = typeof(HomePage),
        [typeof(DepartmentsPageModel)] = typeof(DepartmentsPage),
        [typeof(DepartmentPageModel)] = typeof(DepartmentPage),
        [typeof(CommunePageModel)] = typeof(CommunePage),
        [typeof(PlacesPageModel)] = typeof(PlacesPage),
        [typeof(PlacePageModel)] = typeof(PlacePage),
        [typeof(WorkshopsPageModel)] = typeof(WorkshopsPage),
        [typeof(WorkshopPageModel)] = typeof(WorkshopPage),
        [typeof(ToursPageModel)] = typeof(ToursPage),
        [typeof(TourPageModel)] = typeof(TourPage),
        [typeof(VisitPageModel)] = typeof(VisitPage),
        [typeof(AgendaPageModel)] = typeof(AgendaPage),
        [typeof(ContentPageModel)] = typeof(ContentPage),
        [typeof(NotFoundPageModel)] = typeof(NotFoundPage),
        [typeof(VisitPosterPageModel)] = typeof(VisitPosterPage),
        [typeof(CommunePosterPageModel)] = typeof(CommunePosterPage),
        [typeof(NextStepsSheetPageModel)] = typeof(NextStepsSheetPage),
        [typeof(DataPageModel)] = typeof(DataPage),
        [typeof(MapPageModel)] = typeof(MapPage),
        [typeof(CoveragePageModel)] = typeof(CoveragePage),
    };

    public static Type For(PageModel model) =>
        ByModel.TryGetValue(model.GetType(), out var component)
            ? component
            : throw new InvalidOperationException($"No component renders {model.GetType().Name}.");

    /// <summary>The theme's static files (name relative to assets/, bytes).</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Assets()
    {
        var assembly = typeof(PageComponents).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("assets/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return (n["assets/".Length..], memory.ToArray());
            })
            .ToList();
    }
}
