using F23.StringSimilarity;
using Relais.Model;

namespace Relais.Generator.Validate;

/// <summary>« Did you mean…? » for keys and vocabulary values.</summary>
public static class Suggest
{
    // Optimal string alignment counts a swap of neighbours as one edit, where Levenshtein counts
    // two: « ASOS » is then nearer « ASSO » than « ASE ».
    private static readonly OptimalStringAlignment Distance = new();

    /// <summary>The closest candidate, ignoring case and accents, or null when none is close.</summary>
    public static string? Nearest(string input, IEnumerable<string> candidates)
    {
        var folded = Slugs.Fold(input.Trim());
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = (int)Distance.Distance(folded, Slugs.Fold(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Close enough to be a typo: a third of the word, at most four letters, and two from four
        // letters on, so that a short code with two slips still finds its word.
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
