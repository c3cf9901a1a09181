using System.Collections.Concurrent;
using Relais.Generator.Plan;
using Relais.Generator.Write;

namespace Relais.Generator.Cache;

/// <summary>
/// Which pages a build may keep from the previous output instead of rendering them: those whose
/// key (<see cref="PageKeys"/>) is the one recorded. Only when the previous output is as its build
/// left it, and no file of it is gone from the new site: a kept page's links were checked against
/// the previous site, and still hold only if everything it could link to is still there.
/// </summary>
public sealed class PageReuse
{
    private readonly PageKeys _keys;
    private readonly IReadOnlyDictionary<string, string> _previous;
    private readonly ConcurrentDictionary<string, string> _current = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _keptRoutes = new(StringComparer.Ordinal);
    private int _kept;

    private PageReuse(PageKeys keys, IReadOnlyDictionary<string, string> previous)
    {
        _keys = keys;
        _previous = previous;
    }

    /// <summary>The keys of this build's pages, for the next build.</summary>
    public IEnumerable<KeyValuePair<string, string>> Keys => _current;

    public int Kept => _kept;

    /// <param name="written">What the build wrote before the pages (data files, assets).</param>
    public static PageReuse For(BuildCache cache, SitePlan plan, IReadOnlySet<string> written)
    {
        var keys = new PageKeys(cache.Inputs.FileHashes, cache.Inputs.SiteWide);
        if (cache.PreviousOutput() is not var (pages, files)) return new PageReuse(keys, new Dictionary<string, string>());
        var site = new HashSet<string>(written, StringComparer.Ordinal);
        site.UnionWith(plan.Pages.Select(p => p.OutputPath));
        site.UnionWith(plan.Pdfs.Select(p => p.OutputPath));
        return new PageReuse(keys, files.IsSubsetOf(site) ? pages : new Dictionary<string, string>());
    }

    /// <summary>Records the page's key; true when the page was kept (the writer has it from the previous output).</summary>
    public bool TryKeep(PagePlan page, SiteWriter writer)
    {
        var key = _keys.Of(page);
        if (key is null) return false;
        _current[page.OutputPath] = key;
        if (_previous.GetValueOrDefault(page.OutputPath) != key || !writer.Keep(page.OutputPath)) return false;
        Interlocked.Increment(ref _kept);
        _keptRoutes[page.Route] = true;
        return true;
    }

    /// <summary>Whether the page at <paramref name="route"/> was kept: its PDF, printed from the same page
    /// with the same program, theme and Chromium (all in the site-wide key), may be kept too.</summary>
    public bool WasKept(string route) => _keptRoutes.ContainsKey(route);
}
