using Microsoft.Playwright;

namespace Relais.Generator.BrowserTests.Infrastructure;

/// <summary>
/// One page per viewport width, kept for all the tests of a class (which run one after another):
/// a new context costs a renderer process each time, the dearest part of a check on 2 cores.
/// Every navigation still starts cold, as Playwright disables the HTTP cache in a routed context.
/// </summary>
public sealed class ReusedPages : IAsyncDisposable
{
    private readonly Dictionary<string, IBrowserContext> _contexts = [];
    private readonly Dictionary<string, IPage> _pages = [];
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<IPage> PageAsync(BrowserSite site, string width)
    {
        await _lock.WaitAsync();
        try
        {
            if (_pages.TryGetValue(width, out var page) && !page.IsClosed) return page;
            var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewports.Named(width) });
            _contexts[width] = context;
            return _pages[width] = await context.NewPageAsync();
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
