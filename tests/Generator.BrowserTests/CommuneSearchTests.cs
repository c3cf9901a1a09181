using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>The commune search as an ARIA combobox over the generated index pieces.</summary>
public sealed class CommuneSearchTests(BrowserSite site)
{
    public static TheoryData<string, string[]> Queries() => new()
    {
        { "tibir", ["Tibiran-Jaunac"] },
        { "st laurent", ["Saint-Laurent-de-Neste"] },
        { "37250", ["Montbazon", "Sorigny"] },
        { "grand press", ["Le Grand-Pressigny"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_lists_the_expected_communes(string query, string[] expected)
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);
        var input = page.Locator("#recherche-commune");

        await input.FillAsync(query);
        var options = page.Locator("#recherche-resultats [role=option]");
        await options.First.WaitForAsync();

        var names = await page.Locator("#recherche-resultats [role=option] strong").TextsOfAsync();
        Assert.Equal(expected.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Equal("combobox", await input.GetAttributeAsync("role"));
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));
        Assert.Equal("recherche-resultats", await input.GetAttributeAsync("aria-controls"));
        Assert.Equal("listbox", await page.Locator("#recherche-resultats").GetAttributeAsync("role"));
        var status = await page.Locator("[data-search-status]").TextOfAsync();
        Assert.StartsWith(expected.Length == 1 ? "1 commune trouvée" : $"{expected.Length} communes trouvées", status);
    }

    [Fact]
    public async Task Arrows_move_the_active_option_and_Escape_closes_the_list()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Place);
        var input = page.Locator("#recherche-commune");
        await input.FillAsync("lo");
        var options = page.Locator("#recherche-resultats [role=option]");
        await options.First.WaitForAsync();
        var count = await options.CountAsync();
        Assert.True(count >= 2, $"« lo » should find several communes (Loches, Lourde, Loures-Barousse…), found {count}.");

        await input.PressAsync("ArrowDown");
        await input.PressAsync("ArrowDown");
        Assert.Equal("recherche-resultats-1", await input.GetAttributeAsync("aria-activedescendant"));
        await input.PressAsync("ArrowUp");
        Assert.Equal("recherche-resultats-0", await input.GetAttributeAsync("aria-activedescendant"));
        await input.PressAsync("ArrowUp");
        Assert.Equal($"recherche-resultats-{count - 1}", await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal(1, await page.Locator("#recherche-resultats [aria-selected=true]").CountAsync());

        await input.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#recherche-resultats")).ToBeHiddenAsync();
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.Null(await input.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal(page.Url, site.Url(SitePages.Place));
    }

    [Fact]
    public async Task Query_without_match_says_so_in_the_live_region()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(SitePages.Home);
        var status = page.Locator("[data-search-status]");
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));

        await page.Locator("#recherche-commune").FillAsync("Zzyzx");
        await Assertions.Expect(status).ToHaveTextAsync("Aucune commune ne correspond.");
        Assert.Equal(0, await page.Locator("#recherche-resultats [role=option]").CountAsync());
        Assert.Equal("false", await page.Locator("#recherche-commune").GetAttributeAsync("aria-expanded"));

        // Enter on a query that matches nothing stays on the page and explains what to do.
        await page.Locator("#recherche-commune").PressAsync("Enter");
        await Assertions.Expect(status).ToContainTextAsync("vérifiez l'orthographe");
        Assert.Equal(site.Url(SitePages.Home), page.Url);
    }

    /// <summary>
    /// Every commune of the sample, typed by its name, is among the options, and its option leads to
    /// its page; every option met on the way leads to an existing page. Pages are fetched rather than
    /// visited (45 navigations would cost a minute); the click itself is followed for the last commune.
    /// </summary>
    [Fact]
    public async Task Every_commune_is_found_by_its_name_and_every_option_leads_to_a_page()
    {
        await using var context = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/departements/");
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var failures = new List<string>();
        var parser = new HtmlParser();

        async Task<string> TitleOfAsync(string url)
        {
            if (titles.TryGetValue(url, out var known)) return known;
            var response = await context.APIRequest.GetAsync(url);
            var title = response.Status == 200
                ? PageText.Normalize(parser.ParseDocument(await response.TextAsync()).QuerySelector("h1")?.TextContent ?? "")
                : $"HTTP {response.Status}";
            titles[url] = title;
            return title;
        }

        var communes = SampleContent.Instance.Communes;
        foreach (var commune in communes)
        {
            await page.Locator("#recherche-commune").FillAsync(commune.Name);
            var option = page.Locator("#recherche-resultats [role=option]", new PageLocatorOptions
            {
                Has = page.Locator("strong", new PageLocatorOptions { HasTextRegex = new Regex($"^{Regex.Escape(commune.Name)}$") }),
            });
            try
            {
                await Assertions.Expect(option).ToHaveCountAsync(1);
            }
            catch (PlaywrightException)
            {
                var offered = await page.Locator("#recherche-resultats [role=option]").TextsOfAsync();
                failures.Add($"« {commune.Name} » is not among its own search results: {string.Join(" | ", offered)}.");
                continue;
            }

            foreach (var url in await page.Locator("#recherche-resultats [role=option]").EvaluateAllAsync<string[]>("all => all.map(o => o.dataset.url)"))
            {
                if ((await TitleOfAsync(url)).StartsWith("HTTP ", StringComparison.Ordinal)) failures.Add($"« {commune.Name} » offers {url}, which answers {titles[url]}.");
            }
            var own = (await option.GetAttributeAsync("data-url"))!;
            var ownTitle = await TitleOfAsync(own);
            if (ownTitle != commune.Name) failures.Add($"The option « {commune.Name} » leads to {own}, titled « {ownTitle} ».");
            if (!own.EndsWith($"-{commune.Code.ToLowerInvariant()}/", StringComparison.Ordinal)) failures.Add($"The option « {commune.Name} » leads to {own}, not to commune {commune.Code}.");

            if (commune == communes[^1])
            {
                await option.ClickAsync();
                await page.ExpectNavigatedToAsync(own);
                await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(commune.Name);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(titles.Count >= communes.Count, $"Only {titles.Count} distinct pages offered for {communes.Count} communes.");
    }
}
