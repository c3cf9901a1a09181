using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;

namespace Relais.Generator.BrowserTests;

/// <summary>The commune search as an ARIA combobox over the generated index pieces.</summary>
public sealed class CommuneSearchTests(BrowserSite site, ReusedPages pages) : IClassFixture<ReusedPages>
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
        var page = await pages.PageAsync(site, "desktop");
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
        var page = await pages.PageAsync(site, "desktop");
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
        var page = await pages.PageAsync(site, "desktop");
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
    /// Every commune of the sample, entered by its name, is among the options, and its option leads
    /// to its page; every option met on the way leads to an existing page. The names are entered in
    /// the page by one script (the field's value set and its input event sent, as typing does; typing
    /// itself is in <see cref="KeyboardTests"/>), waiting each time for the options of that name:
    /// 45 round trips of the test to the browser cost 15 s. Pages are fetched rather than visited;
    /// the click itself is followed for the last commune.
    /// </summary>
    [Fact]
    public async Task Every_commune_is_found_by_its_name_and_every_option_leads_to_a_page()
    {
        var page = await pages.PageAsync(site, "desktop");
        await page.GotoAsync("/departements/");
        var communes = SampleContent.Instance.Communes;

        var searched = await page.EvaluateAsync<Search[]>("""
            async (names) => {
              const input = document.querySelector("#recherche-commune");
              const options = () => [...document.querySelectorAll("#recherche-resultats [role=option]")];
              const own = (name) => options().find((o) => o.querySelector("strong")?.textContent === name);
              const found = [];
              for (const name of names) {
                input.focus();
                input.value = name;
                input.dispatchEvent(new Event("input", { bubbles: true }));
                // Until the option of that name shows, for at most 5 s.
                for (const start = Date.now(); !own(name) && Date.now() - start < 5000;) await new Promise((r) => setTimeout(r, 10));
                found.push({
                  name,
                  ownUrl: own(name)?.dataset.url ?? null,
                  ownCount: options().filter((o) => o.querySelector("strong")?.textContent === name).length,
                  offered: options().map((o) => `${o.querySelector("strong")?.textContent}|${o.dataset.url}`),
                });
              }
              return found;
            }
            """, communes.Select(c => c.Name).ToArray());

        var failures = new List<string>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var parser = new HtmlParser();
        using var http = new HttpClient { BaseAddress = site.Address };
        async Task<string> TitleOfAsync(string url)
        {
            if (titles.TryGetValue(url, out var known)) return known;
            using var response = await http.GetAsync(url, TestContext.Current.CancellationToken);
            var title = response.IsSuccessStatusCode
                ? PageText.Normalize(parser.ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).QuerySelector("h1")?.TextContent ?? "")
                : $"HTTP {(int)response.StatusCode}";
            return titles[url] = title;
        }

        Assert.Equal(communes.Count, searched.Length);
        foreach (var (commune, search) in communes.Zip(searched))
        {
            if (search.OwnUrl is null || search.OwnCount != 1)
            {
                failures.Add($"« {commune.Name} » is not once among its own search results: {string.Join(" | ", search.Offered)}.");
                continue;
            }
            foreach (var url in search.Offered.Select(o => o.Split('|')[1]))
            {
                if ((await TitleOfAsync(url)).StartsWith("HTTP ", StringComparison.Ordinal)) failures.Add($"« {commune.Name} » offers {url}, which answers {titles[url]}.");
            }
            var ownTitle = await TitleOfAsync(search.OwnUrl);
            if (ownTitle != commune.Name) failures.Add($"The option « {commune.Name} » leads to {search.OwnUrl}, titled « {ownTitle} ».");
            if (!search.OwnUrl.EndsWith($"-{commune.Code.ToLowerInvariant()}/", StringComparison.Ordinal)) failures.Add($"The option « {commune.Name} » leads to {search.OwnUrl}, not to commune {commune.Code}.");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(titles.Count >= communes.Count, $"Only {titles.Count} distinct pages offered for {communes.Count} communes.");

        // The last commune's option, clicked, opens its page.
        var last = communes[^1];
        var option = page.Locator("#recherche-resultats [role=option]", new PageLocatorOptions
        {
            Has = page.Locator("strong", new PageLocatorOptions { HasTextRegex = new Regex($"^{Regex.Escape(last.Name)}$") }),
        });
        await option.ClickAsync();
        await page.ExpectNavigatedToAsync(searched[^1].OwnUrl!);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(last.Name);
    }

    public sealed class Search
    {
        public string Name { get; set; } = "";
        public string? OwnUrl { get; set; }
        public int OwnCount { get; set; }
        public string[] Offered { get; set; } = [];
    }
}
