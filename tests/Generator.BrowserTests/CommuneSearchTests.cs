using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Playwright;
using Relais.Generator.BrowserTests.Infrastructure;
using Relais.Generator.Interop;
using Relais.Generator.Outputs;

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

    /// <summary>Typos (a letter wrong, missing or two swapped, the first one too), « st »/« ste » for « saint(e) »: the commune comes first, and « Chercher » opens it.</summary>
    [Theory]
    [InlineData("sorygni", "37250")]
    [InlineData("Sorigni", "37250")]
    [InlineData("st maure", "37226")]
    [InlineData("Ste-Maure", "37226")]
    [InlineData("tibrian", "65444")]
    [InlineData("Dorigny", "37250")]
    [InlineData("oches", "37132")]
    public async Task Misspelt_or_abbreviated_name_offers_the_commune_first_and_Chercher_opens_it(string query, string code)
    {
        var commune = SampleContent.Instance.Commune(code);
        var page = await pages.PageAsync(site, "desktop");
        await page.GotoAsync(SitePages.Home);
        var input = page.Locator("#recherche-commune");

        await input.FillAsync(query);
        var first = page.Locator("#recherche-resultats [role=option]").First;
        await Assertions.Expect(first.Locator("strong")).ToHaveTextAsync(commune.Name);
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Chercher" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(commune.Name);
        Assert.EndsWith($"-{code}/", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_without_match_says_so_visibly_with_the_closest_names_as_links()
    {
        var page = await pages.PageAsync(site, "desktop");
        await page.GotoAsync(SitePages.Home);
        var status = page.Locator("[data-search-status]");
        var message = page.Locator("[data-search-message]");
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));

        await page.Locator("#recherche-commune").FillAsync("Sxqwzt");
        await Assertions.Expect(message).ToBeVisibleAsync();
        await Assertions.Expect(message).ToContainTextAsync("Aucune commune ne correspond à « Sxqwzt ». Vérifiez l'orthographe");
        await Assertions.Expect(status).ToContainTextAsync("Aucune commune ne correspond à « Sxqwzt »");
        Assert.Equal(0, await page.Locator("#recherche-resultats [role=option]").CountAsync());
        Assert.Equal("false", await page.Locator("#recherche-commune").GetAttributeAsync("aria-expanded"));

        // The closest names of the site, and the list by department, as links to existing pages.
        var links = await message.Locator("a").EvaluateAllAsync<string[]>("all => all.map(a => a.getAttribute('href'))");
        Assert.Contains("/departements/", links);
        var suggestions = links.Where(l => l.StartsWith("/communes/", StringComparison.Ordinal)).ToList();
        Assert.InRange(suggestions.Count, 1, 3);
        foreach (var href in links) Assert.Equal(200, (await page.Context.APIRequest.GetAsync(href)).Status);
        AssertNoViolation(await Axe.RunAsync(page), "the « aucune commune » message");

        // « Chercher » on a query that matches nothing stays on the page, the message still shown.
        await page.Locator("#recherche-commune").PressAsync("Enter");
        await Assertions.Expect(message).ToContainTextAsync("Aucune commune ne correspond");
        Assert.Equal(site.Url(SitePages.Home), page.Url);

        // A link of the message is reached with the keyboard and opens its page.
        await message.Locator("a[href^='/communes/']").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ExpectNavigatedToAsync(suggestions[0]);
    }

    /// <summary>
    /// A real commune outside the site's departments is named as such, with the national map. The
    /// sample has no content/communes-hors-site.csv, so the piece « hors-a » is answered from a fixture
    /// written by the generator's own index.
    /// </summary>
    [Theory]
    [InlineData("albi", "")]
    [InlineData("Alby", "Aucune commune de ce site ne s'écrit « Alby ». ")]
    public async Task French_commune_outside_the_site_is_named_with_a_link_to_the_national_map(string query, string typo)
    {
        var page = await pages.PageAsync(site, "desktop");
        var fixture = SearchIndex.OutsidePieces([new OutsideCommune("Albi", "81"), new OutsideCommune("Arles", "13")], ["37", "31", "65"])
            .Single(p => p.Route.EndsWith("/hors-a.txt", StringComparison.Ordinal)).Text;
        await page.RouteAsync("**/donnees/recherche/hors-a.txt", route => route.FulfillAsync(new RouteFulfillOptions { Body = fixture, ContentType = "text/plain; charset=utf-8" }));
        try
        {
            await page.GotoAsync(SitePages.Home);
            await page.Locator("#recherche-commune").FillAsync(query);

            var message = page.Locator("[data-search-message]");
            // (named as a typo only when it is one)
            if (typo.Length > 0) await Assertions.Expect(message).ToContainTextAsync(typo.TrimEnd());
            else await Assertions.Expect(message).Not.ToContainTextAsync("ne s'écrit");
            await Assertions.Expect(message).ToContainTextAsync("Albi (Tarn) n'est pas dans ce site, qui couvre l'Indre-et-Loire, la Haute-Garonne et les Hautes-Pyrénées.");
            await Assertions.Expect(message).ToBeVisibleAsync();
            var map = message.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "la carte nationale des lieux d'inclusion numérique" });
            Assert.Equal("https://cartographie.societenumerique.gouv.fr/", await map.GetAttributeAsync("href"));
            await Assertions.Expect(page.Locator("[data-search-status]")).ToContainTextAsync(typo + "Albi (Tarn) n'est pas dans ce site");
            Assert.Equal(0, await page.Locator("#recherche-resultats [role=option]").CountAsync());
            AssertNoViolation(await Axe.RunAsync(page), "the « pas dans ce site » message");
        }
        finally
        {
            await page.UnrouteAllAsync();
        }
    }

    private static void AssertNoViolation(IReadOnlyList<Deque.AxeCore.Commons.AxeResultItem> violations, string what) =>
        Assert.True(violations.Count == 0, Axe.Report(violations, what));

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
