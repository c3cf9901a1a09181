using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>
/// For coordinators, per department: its communes on a map coloured by distance band, and the same in a
/// table, sorted server-side three ways (one page each: by rank, distance, population). At national
/// scale a page holds one department (900 communes at most), not the whole country.
/// </summary>
public static class CoverageDepartmentPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        var site = context.Site;
        var bands = site.Settings.CoverageBandsKm;
        var ranks = Ranks(site.Coverage);
        var reachByDepartment = site.Coverage.Reach.ToLookup(r => r.Commune.DepartmentCode, StringComparer.Ordinal);
        foreach (var department in context.Departments.Select(d => d.Department))
        {
            var reach = reachByDepartment[department.Code].ToList();
            var legend = Enumerable.Range(0, bands.Count + 1)
                .Select(band =>
                {
                    var inBand = reach.Where(r => r.Band == band).ToList();
                    return new BandEntry(band, DistanceBands.Label(bands, band), CoverageMap.Colour(band), CoverageMap.Shape(band, 10), inBand.Count, inBand.Sum(r => (long)r.Commune.Population));
                })
                .ToList();
            var mapLabel = $"Carte des {Fr.Plural(reach.Count, "commune", "communes")} {department.OfLabel} selon la distance à l'aide la plus proche : "
                + string.Join(", ", legend.Select(b => $"{Fr.Number(b.Communes)} {b.Label}")) + ".";
            var map = CoverageMap.Draw(reach, mapLabel, "cc");
            foreach (var sort in Enum.GetValues<CoverageSort>())
            {
                var route = Routes.CoverageDepartment(department, sort);
                var title = $"Couverture {department.OfLabel}";
                // The breadcrumb ends at the page itself: an order other than the first is a step below the department.
                Link[] crumbs = [new("Couverture du territoire", Routes.Coverage), new(department.Label, Routes.CoverageDepartment(department))];
                if (sort != CoverageSort.Rank) crumbs = [.. crumbs, new(SortCrumb(sort), route)];
                var meta = Meta(title + SortSuffix(sort), $"Les {reach.Count} communes {department.OfLabel} et leur distance à l'aide au numérique la plus proche, pour décider où le bus ira ensuite.", route,
                    crumbs);
                yield return new(new CoverageDepartmentPageModel(meta, context.Frame, department, sort, Sorted(reach, ranks, sort), legend, map, mapLabel))
                {
                    Identity = PageIdentity.Named("coverage-department", $"{department.Code}/{sort}"),
                };
            }
        }
    }

    /// <summary>Each candidate's place in « Où envoyer le bus ensuite ? », from 1.</summary>
    public static IReadOnlyDictionary<Model.Values.CodeInsee, int> Ranks(Coverage coverage) =>
        coverage.NextStops.Select((c, i) => (c.Commune.Code, Rank: i + 1)).ToDictionary(x => x.Code, x => x.Rank);

    /// <summary>The department's table in one of its orders; ties go to the French order of names, then the INSEE code.</summary>
    public static IReadOnlyList<CoverageRow> Sorted(IEnumerable<CommuneReach> reach, IReadOnlyDictionary<Model.Values.CodeInsee, int> ranks, CoverageSort sort)
    {
        var rows = reach.Select(r => new CoverageRow(r, ranks.TryGetValue(r.Commune.Code, out var rank) ? rank : null));
        var ordered = sort switch
        {
            CoverageSort.Distance => rows.OrderByDescending(r => r.Reach.AnyKm ?? double.PositiveInfinity).ThenByDescending(r => r.Reach.Commune.Population),
            CoverageSort.Population => rows.OrderByDescending(r => r.Reach.Commune.Population),
            _ => rows.OrderBy(r => r.Rank ?? int.MaxValue),
        };
        return ordered.ThenBy(r => r.Reach.Commune.Name, FrenchOrder).ThenBy(r => r.Reach.Commune.Code.Value, StringComparer.Ordinal).ToList();
    }

    private static string SortCrumb(CoverageSort sort) => sort == CoverageSort.Distance ? "Par distance" : "Par nombre d'habitants";

    private static string SortSuffix(CoverageSort sort) => sort switch
    {
        CoverageSort.Distance => ", les plus loin de l'aide d'abord",
        CoverageSort.Population => ", les plus peuplées d'abord",
        _ => "",
    };
}
