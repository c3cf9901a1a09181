using Relais.Model;
using Relais.Model.Resolved;

namespace Relais.Generator.Resolve;

/// <summary>
/// « Où envoyer le bus ensuite ? »: the communes a coordinator should look at first for the next tour.
/// A commune is left out when the bus is already planned there (a visit to come, cancelled ones
/// aside) or stopped there in the last twelve months. The others are ranked by
/// <c>score = (d / 50)^poids_distance × (log(1 + p) / log(1 + pmax))^poids_habitants</c>, where d is
/// the distance to help of any kind in km, capped at 50 (no help at all counts as 50), p the
/// commune's population — its inhabitants aged 60 or more when every commune of the list carries
/// that figure (<see cref="CountsOver60"/>) — and pmax the largest among the candidates; the weights are statiq.json's
/// (1 and 1 by default; 0 leaves a factor out). A product, not a sum: a town with help at its door
/// scores 0 however many live there, since the bus is for those far from help. Ties go to the larger
/// commune (by the same count), then to the INSEE code.
/// </summary>
public static class NextStops
{
    /// <summary>Farther than this counts the same: beyond it, the bus is the only help anyway.</summary>
    public const double DistanceCapKm = 50;

    /// <summary>A visit this recent (in months) means the bus has just been there.</summary>
    public const int RecentVisitMonths = 12;

    public static IReadOnlyList<BusCandidate> Run(IReadOnlyList<CommuneReach> reach, IReadOnlyList<Visit> visits, double distanceWeight, double populationWeight, DateOnly today)
    {
        var planned = visits.Where(v => !v.IsPast && !v.IsCancelled).Select(v => v.Commune.Code).ToHashSet();
        var lastVisit = visits.Where(v => v.IsPast && !v.IsCancelled).GroupBy(v => v.Commune.Code).ToDictionary(g => g.Key, g => g.Max(v => v.Stop.Date));
        var recent = today.AddMonths(-RecentVisitMonths);
        var candidates = reach
            .Where(r => !planned.Contains(r.Commune.Code) && !(lastVisit.TryGetValue(r.Commune.Code, out var last) && last >= recent))
            .ToList();
        if (candidates.Count == 0) return [];
        var over60 = CountsOver60(reach);
        int People(CommuneReach r) => over60 ? r.Commune.PopulationOver60!.Value : r.Commune.Population;
        var largest = Math.Log(1 + candidates.Max(People));
        return candidates
            .Select(r =>
            {
                var distance = Math.Min(r.AnyKm ?? DistanceCapKm, DistanceCapKm) / DistanceCapKm;
                var people = largest > 0 ? Math.Log(1 + People(r)) / largest : 0;
                return new BusCandidate(r.Commune, r.AnyKm, lastVisit.TryGetValue(r.Commune.Code, out var last) ? last : null,
                    Math.Pow(distance, distanceWeight) * Math.Pow(people, populationWeight));
            })
            .OrderByDescending(c => c.Score).ThenByDescending(c => over60 ? c.Commune.PopulationOver60 : c.Commune.Population).ThenBy(c => c.Commune.Code.Value, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Whether the ranking counts the inhabitants aged 60 or more rather than all of them: when every
    /// commune carries the figure, so that no commune is compared on another count than its neighbours.
    /// </summary>
    public static bool CountsOver60(IReadOnlyList<CommuneReach> reach) => reach.Count > 0 && reach.All(r => r.Commune.PopulationOver60 is not null);
}
