using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>For coordinators: which communes are far from any offer.</summary>
public static class CoveragePlanner
{
    /// <summary>The page lists this many uncovered communes (most inhabitants first); the CSV has them all.</summary>
    private const int Rows = 50;

    /// <summary>The page ranks this many communes for the next tour; the CSV ranks them all.</summary>
    private const int NextStopRows = 20;

    /// <summary>The page lists this many past visits followed by nothing (latest first); the CSV has them all.</summary>
    private const int WithoutFollowUpRows = 30;

    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        var coverage = context.Site.Coverage;
        var meta = Meta("Couverture du territoire", "Les communes loin de toute aide au numérique, pour décider où le bus numérique ira ensuite.", Routes.Coverage,
            new Link("Couverture du territoire", Routes.Coverage));
        yield return new(new CoveragePageModel(meta, context.Frame, context.Site.Settings.NearbyRadiusKm, coverage, coverage.Uncovered.Take(Rows).ToList(),
            coverage.NextStops.Take(NextStopRows).ToList())
        {
            WithoutFollowUp = coverage.FollowUp.WithoutFollowUp.Take(WithoutFollowUpRows).ToList(),
        });
    }
}
