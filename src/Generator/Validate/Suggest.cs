using Quickenshtein;
using Relais.Model;

namespace Relais.Generator.Validate;

/// <summary>« Did you mean…? » for keys and vocabulary values.</summary>
public static class Suggest
{
    /// <summary>The closest candidate, ignoring case and accents, or null when none is close.</summary>
    public static string? Nearest(string input, IEnumerable<string> candidates)
    {
        var folded = Slugs.Fold(input.Trim());
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Levenshtein.GetDistance(folded, Slugs.Fold(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Close enough to be a typo: a third of the word, at most four letters; two from four
        // letters on, so that a swap of neighbours (« ASOS » for « ASSO ») still finds its word.
        var allowed = Math.Clamp(folded.Length / 3, folded.Length >= 4 ? 2 : 1, 4);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>« — vouliez-vous dire « x » ? » or nothing.</summary>
    public static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        var nearest = Nearest(input, candidates);
        return nearest is null ? "" : $" Vouliez-vous dire « {nearest} » ?";
    }
}
