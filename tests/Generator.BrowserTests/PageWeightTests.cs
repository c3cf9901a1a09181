using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>
/// What each kind of page costs a visitor on a rural mobile connection: the bytes transferred (gzip,
/// headers included) for the page and everything it loads, scripts' fetches included, counted by
/// the browser's Resource Timing on a cold cache, at a phone's width (the shared visit of
/// <see cref="PhoneVisits"/>). Map tiles come from elsewhere and are not counted.
/// </summary>
[Collection(typeof(WeighingPass))]
public sealed class PageWeightTests(BrowserSite site, ITestOutputHelper output)
{
    private const int KB = 1024;

    /// <summary>The design's bar: a commune page under 100 KB.</summary>
    private const int CommuneBudget = 100 * KB;

    /// <summary>
    /// Other pages share the commune page's shell (style sheet and script, about 14 KB) and weigh
    /// about 20 KB today (measured 2026-11 on the sample: 16-21 KB). 50 KB leaves room for longer
    /// content and catches what should never come in unnoticed: a web font, a photo, a library.
    /// </summary>
    private const int PageBudget = 50 * KB;

    /// <summary>
    /// The map page adds Leaflet and its clustering plugin (about 82 KB gzipped with their CSS) and
    /// the data of every place and visit (2.7 KB for the sample): about 101 KB measured. 150 KB
    /// leaves room for a few hundred more places; a national directory will need the data split.
    /// </summary>
    private const int MapBudget = 150 * KB;

    [Fact]
    public async Task Every_kind_of_page_transfers_less_than_its_budget()
    {
        var overBudget = new List<string>();
        output.WriteLine($"{"page",-40} {"path",-58} {"transferred",11} {"decoded",9} {"budget",7}");

        // Asked for all at once, so that they run side by side; read in order.
        var visits = SitePages.AllKinds.Select(k => site.PhoneVisits.OfAsync(k.Path)).ToList();
        foreach (var ((kind, path), visiting) in SitePages.AllKinds.Zip(visits))
        {
            var budget = BudgetOf(path);
            var visit = await visiting;
            var entries = visit.Transfers;
            var total = entries.Sum(e => e.Bytes);
            output.WriteLine($"{kind,-40} {path,-58} {total / (double)KB,8:0.0} KB {entries.Sum(e => e.Body) / (double)KB,6:0.0} KB {budget / KB,4} KB");

            Assert.True(entries.Count > 0 && entries[0].Url == visit.LoadedPath, $"The measure of {path} does not start with the page itself.");
            Assert.All(entries, e => Assert.True(e.Bytes > 0 || e.Body == 0, $"{e.Url} was counted as 0 bytes on {path}: the measure is broken (cache?)."));
            if (total > budget)
            {
                overBudget.Add($"{kind} ({path}) transfers {total / (double)KB:0.0} KB, over its {budget / KB} KB budget:\n"
                    + string.Join("\n", entries.OrderByDescending(e => e.Bytes).Select(e => $"  {e.Bytes,8:N0} B  {e.Url}")));
            }
        }

        Assert.True(overBudget.Count == 0, string.Join("\n", overBudget));
    }

    private static int BudgetOf(string path) => path switch
    {
        SitePages.Map => MapBudget,
        _ when path.StartsWith("/communes/", StringComparison.Ordinal) && !path.EndsWith("/affiche/", StringComparison.Ordinal) => CommuneBudget,
        _ => PageBudget,
    };
}

/// <summary>Its test walks through the visits of every kind of page: a long collection, started first.</summary>
[CollectionDefinition]
[StartsFirst]
public sealed class WeighingPass;
