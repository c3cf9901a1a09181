using Relais.Generator.Interop;
using Relais.Model;

namespace Relais.Generator.Addresses;

/// <summary>An address of the old manifest that the new build has neither as a page nor as a redirect, and where to send it.</summary>
/// <param name="Why">In French, after « → »: what the suggested page is to the old one.</param>
public sealed record VanishedAddress(ManifestEntry Old, string Suggested, string Why);

/// <summary>
/// Compares two address manifests: every address of the old one that the new build lost, with the page
/// it should lead to. In order: the same content at its new address (an entry of the new build that has
/// a key of the old one and did not exist before: a place whose file was renamed keeps its name and
/// commune, a stop moved to another day keeps its tour and commune, one moved to another commune keeps
/// its tour and day; of several, the nearest in date); else where the old address led (a redirect, a
/// short address); else its commune's page (itself followed if it moved); else a commune's department
/// page; else the nearest page above it in the address (« /lieux/ » for « /lieux/x/ »), at worst the home
/// page. A suggested address is always a page of the new build, never one that sends on.
/// </summary>
public static class VanishedAddresses
{
    public static IReadOnlyList<VanishedAddress> Find(IReadOnlyList<ManifestEntry> before, IReadOnlyList<ManifestEntry> after)
    {
        var now = after.GroupBy(e => e.Address, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var then = before.GroupBy(e => e.Address, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        // Where content that moved can be: the addresses that appeared since.
        var appeared = after.Where(e => !then.ContainsKey(e.Address))
            .SelectMany(e => e.Keys.Select(k => (Key: k, Entry: e)))
            .ToLookup(x => x.Key, x => x.Entry, StringComparer.Ordinal);
        var finder = new Finder(now, then, appeared);
        return then.Values
            .Where(e => !now.ContainsKey(e.Address))
            .OrderBy(e => e.Address, StringComparer.Ordinal)
            .Select(e => finder.Suggest(e, depth: 0))
            .ToList();
    }

    private sealed class Finder(Dictionary<string, ManifestEntry> now, Dictionary<string, ManifestEntry> then, ILookup<string, ManifestEntry> appeared)
    {
        public VanishedAddress Suggest(ManifestEntry old, int depth)
        {
            foreach (var key in old.Keys)
            {
                var moved = appeared[key]
                    .OrderBy(e => old.Date is { } d && e.Date is { } n ? Math.Abs(d.DayNumber - n.DayNumber) : int.MaxValue)
                    .ThenBy(e => e.Address, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (moved is not null && Page(moved.Address) is { } page) return new(old, page, "le même contenu, à sa nouvelle adresse");
            }
            if (old.Target is { } target && Page(target) is { } led) return new(old, led, "la page vers laquelle elle menait");
            // The commune's page, at its new address if it moved (a corrected name), else what stands in for it.
            if (old.Commune is { } commune)
            {
                if (Page(commune) is { } same) return new(old, same, "la page de sa commune");
                if (depth < 2 && then.TryGetValue(commune, out var communeThen))
                {
                    var instead = Suggest(communeThen, depth + 1);
                    return new(old, instead.Suggested, instead.Why == "le même contenu, à sa nouvelle adresse" ? "la page de sa commune, à sa nouvelle adresse" : instead.Why);
                }
            }
            if (old.Department is { } department && Page(department) is { } departmentPage) return new(old, departmentPage, "la page de son département");
            var above = Above(old.Address);
            return new(old, above, above == Routes.Home ? "la page d'accueil" : "la page au-dessus");
        }

        /// <summary>The nearest page above an address in the new build: « /bus/t/x/affiche/ » → « /bus/t/x/ », « /bus/t/ »…, « / ».</summary>
        private string Above(string address)
        {
            var path = address.TrimEnd('/');
            while (path.LastIndexOf('/') is var slash and > 0)
            {
                path = path[..slash];
                if (Page(path + "/") is { } page) return page;
            }
            return Routes.Home;
        }

        /// <summary>The page of the new build an address leads to: itself, or where it sends on; null if it has none.</summary>
        private string? Page(string address)
        {
            for (var hops = 0; hops < 4 && now.TryGetValue(address, out var entry); hops++)
            {
                if (entry.Target is null) return entry.Address;
                address = entry.Target;
            }
            return null;
        }
    }
}
