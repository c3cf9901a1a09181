using Relais.Model;

namespace Relais.Generator.Resolve;

/// <summary>
/// Where each redirect ends: a line whose new address is itself an old address of another line leads
/// straight to the end of that chain, so a reader is sent on once, not page after page. Validation has
/// left out every loop, so each chain ends.
/// </summary>
public static class ResolveRedirects
{
    public static IReadOnlyList<Redirect> Run(IReadOnlyList<Redirect> redirects)
    {
        var byFrom = redirects.ToDictionary(r => r.From, StringComparer.Ordinal);
        return redirects.Select(r =>
        {
            var last = r;
            while (byFrom.TryGetValue(last.To, out var next)) last = next;
            return r with { Final = last.To, FinalSource = last.ToSource };
        }).ToList();
    }
}
