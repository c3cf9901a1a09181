using Microsoft.Playwright;

namespace Relais.Generator.BrowserTests.Infrastructure;

/// <summary>
/// Pages kept for all the tests of a class (which run one after another), one per set of context
/// options: a new context costs a renderer process each time, about 0.9 s of CPU on 2 cores, more
/// than the navigation itself. Each test starts with its own navigation, and every navigation
/// starts cold, as Playwright disables the HTTP cache in a routed context. The site keeps no state
/// in the browser (no cookie, no storage), so nothing leaks from one test to the next.
/// </summary>
public sealed class ReusedPages : IAsyncDisposable
{
    private readonly Dictionary<string, IBrowserContext> _contexts = [];
    private readonly Dictionary<string, IPage> _pages = [];
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>The page at a named viewport width (« narrow », « phone », « desktop »).</summary>
    public Task<IPage> PageAsync(BrowserSite site, string width) =>
        PageAsync(site, width, () => new BrowserNewContextOptions { ViewportSize = Viewports.Named(width) });

    /// <summary>The page named <paramref name="name"/>, in a context made with <paramref name="options"/> the first time.</summary>
    public async Task<IPage> PageAsync(BrowserSite site, string name, Func<BrowserNewContextOptions> options)
    {
        await _lock.WaitAsync();
        try
        {
            if (_pages.TryGetValue(name, out var page) && !page.IsClosed) return page;
            var context = await site.NewContextAsync(options());
            _contexts[name] = context;
            return _pages[name] = await context.NewPageAsync();
        }
        finally
        {
            _lock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts.Values)
        {
            try
            {
                await context.CloseAsync();
            }
            catch (PlaywrightException)
            {
                // The browser may already be gone at the end of the run.
            }
        }
        _lock.Dispose();
    }
}
