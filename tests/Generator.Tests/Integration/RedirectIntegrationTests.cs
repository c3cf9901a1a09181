using Relais.Generator.Interop;
using Relais.Generator.Tests.Cli;
using Relais.Generator.Tests.Validate;
using Relais.Model;

namespace Relais.Generator.Tests.Integration;

/// <summary>
/// The pages at old addresses (content/redirections.csv) and at addresses the build's day leaves without
/// their page: each leads, by a relative refresh a browser resolves, to a page of the site.
/// </summary>
public sealed class RedirectIntegrationTests
{
    private const string Visit = "/bus/bus-test/2027-03-09-sorigny/";

    private static readonly string ShortAddress = $"/v/{ShortCode.Of(Visit)}/";

    /// <summary>An old place address, a chain of two old visit addresses, an old short address leading to the visit's
    /// new one, and the page of an older site leading to the home page.</summary>
    private static readonly string Redirections = $"""
        -- content/redirections.csv --
        ancienne_adresse;nouvelle_adresse
        /lieux/espace-loches/;/lieux/epn-loches/
        /bus/bus-test/2027-03-02-sorigny/;/bus/bus-test/ancien/
        /bus/bus-test/ancien/;{Visit}
        /v/ancienne/;{ShortAddress}
        /ancien-site/page.html;/

        """;

    private static readonly (string From, string To)[] Expected =
    [
        ("/lieux/espace-loches/", "/lieux/epn-loches/"),
        ("/bus/bus-test/2027-03-02-sorigny/", Visit),
        ("/bus/bus-test/ancien/", Visit),
        ("/v/ancienne/", Visit),
        ("/ancien-site/page.html", "/"),
    ];

    [Fact]
    public void Every_old_address_gets_a_page_leading_straight_to_a_page_of_the_site()
    {
        // Given old addresses, one through a chain and one to a short address
        using var site = TestSite.Create(RedirectValidationTests.Content + Redirections);

        // When the site is built
        var (output, diagnostics) = site.Build();
        Assert.True(output is not null, string.Join("\n", diagnostics));

        foreach (var (from, to) in Expected)
        {
            // Then each old address is a page whose refresh, resolved as a browser does, leads to the final page at once
            var path = Routes.OutputPath(from);
            Assert.Equal(to, OutputAssert.RedirectTarget(site.Output, path));
            Assert.True(File.Exists(Path.Combine(site.Output, Routes.OutputPath(to))), $"{from} leads to {to}, which was not written");
            Assert.Null(OutputAssert.RedirectTarget(site.Output, Routes.OutputPath(to)));

            // and which, like a short address, names and links to that page, its canonical address, without script, not indexed
            var page = OutputAssert.Html(site.Output, path);
            var title = page.Title!;
            Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
            Assert.StartsWith(title, OutputAssert.Html(site.Output, Routes.OutputPath(to)).Title, StringComparison.Ordinal);
            Assert.Equal(title, page.QuerySelector("main h1")!.Text());
            Assert.Equal("Aller à la page qui la remplace", page.QuerySelector($"main a[href=\"{to}\"]")!.Text());
            Assert.Equal($"https://test.example.org{to}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
            Assert.Contains("default-src 'none'", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"), StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll("script"));
        }

        // and they are in the address manifest, with where they lead, but not in the sitemap
        var manifest = AddressManifestJson.Read(File.ReadAllText(Path.Combine(site.Output, "adresses.json"))).ToDictionary(e => e.Address);
        foreach (var (from, to) in Expected)
        {
            Assert.Equal("redirect", manifest[from].Kind);
            Assert.Equal(to, manifest[from].Target);
        }
        site.AssertFile("sitemap.xml", "! espace-loches", "! ancien", $"! {ShortAddress}");
    }

    [Fact]
    public void Under_a_base_path_the_refresh_stays_within_it_and_the_link_carries_it()
    {
        using var site = TestSite.Create(RedirectValidationTests.Content + Redirections);
        site.EditFile("statiq.json", "\"https://test.example.org/\"", "\"https://test.example.org/annuaire/\"");

        var (output, diagnostics) = site.Build();

        Assert.True(output is not null, string.Join("\n", diagnostics));
        // (RedirectTarget resolves the refresh under a path and fails if it would leave it)
        Assert.Equal("/lieux/epn-loches/", OutputAssert.RedirectTarget(site.Output, "lieux/espace-loches/index.html"));
        site.AssertFile("lieux/espace-loches/index.html", "href=\"/annuaire/lieux/epn-loches/\"", "href=\"https://test.example.org/annuaire/lieux/epn-loches/\"");
    }

    [Fact]
    public void A_link_to_an_old_address_is_a_link_to_a_page()
    {
        // Given a hand-written page that still links to an old address, which now redirects
        using var site = TestSite.Create(RedirectValidationTests.Content + Redirections + """
            -- input/a-propos.md --
            ---
            titre: À propos
            ---
            Voir [l'espace numérique](/lieux/espace-loches/) et [le bus](/bus/bus-test/ancien/).

            """);

        // When the site is built, its links checked against the pages
        var (output, diagnostics) = site.Build();

        // Then the links lead to pages: the build passes
        DiagnosticAssert.NoErrors(diagnostics);
        Assert.NotNull(output);
        site.AssertFile("a-propos/index.html", "href=\"/lieux/espace-loches/\"");
    }

    [Fact]
    public void Addresses_the_day_leaves_without_their_page_lead_to_the_page_that_named_them()
    {
        // Given the visit of 2027-03-09, seen on 2027-04-20: past, it has no poster any more, and March's agenda is gone
        using var site = TestSite.Create(RedirectValidationTests.Content);
        var (output, diagnostics) = site.Build(new DateOnly(2027, 4, 20));
        Assert.True(output is not null, string.Join("\n", diagnostics));

        // Then the poster's address leads to the visit page, the month's to the agenda, the commune poster's to the commune
        Assert.Equal(Visit, OutputAssert.RedirectTarget(site.Output, $"{Visit.TrimStart('/')}affiche/index.html"));
        site.AssertFile($"{Visit.TrimStart('/')}affiche/index.html", "Ce passage du bus a eu lieu : son affiche n'est plus proposée.");
        Assert.Equal("/agenda/", OutputAssert.RedirectTarget(site.Output, "agenda/2027-03/index.html"));
        Assert.Equal("/communes/sorigny-37250/", OutputAssert.RedirectTarget(site.Output, "communes/sorigny-37250/affiche/index.html"));

        // and on a day before the visit they are the poster and the agenda themselves
        (output, diagnostics) = site.Build(new DateOnly(2027, 3, 1));
        Assert.True(output is not null, string.Join("\n", diagnostics));
        Assert.Null(OutputAssert.RedirectTarget(site.Output, $"{Visit.TrimStart('/')}affiche/index.html"));
        Assert.Null(OutputAssert.RedirectTarget(site.Output, "agenda/2027-03/index.html"));
    }

    [Fact]
    public async Task A_broken_redirections_file_fails_validate_and_build_with_exit_code_1_and_french_positions()
    {
        // Given a redirections file with a malformed address and an old address written twice
        using var site = TestSite.Create(RedirectValidationTests.Content + """
            -- content/redirections.csv --
            ancienne_adresse;nouvelle_adresse
            lieux/ancien;/lieux/epn-loches/
            /lieux/autre/;/
            /lieux/autre/;/lieux/epn-loches/

            """);
        await AssertFailsAsync(site,
            l => l == "content/redirections.csv:2:1: erreur OFF0127: champ « ancienne_adresse » : « lieux/ancien » : une adresse du site commence par « / » : écrivez « /lieux/ancien/ ».",
            l => l.StartsWith("content/redirections.csv:4:1: erreur OFF0208: ", StringComparison.Ordinal) && l.Contains("déjà redirigée ligne 3", StringComparison.Ordinal));

        // and, those fixed, one whose old address is still a page and one that leads to no page (known once the pages are planned)
        site.WriteFile("content/redirections.csv", """
            ancienne_adresse;nouvelle_adresse
            /lieux/epn-loches/;/
            /lieux/autre/;/lieux/nulle-part/

            """);
        await AssertFailsAsync(site,
            l => l.StartsWith("content/redirections.csv:2:1: erreur OFF0210: ", StringComparison.Ordinal) && l.Contains("est toujours une page du site", StringComparison.Ordinal),
            l => l.StartsWith("content/redirections.csv:3:15: erreur OFF0211: ", StringComparison.Ordinal) && l.Contains("« /lieux/nulle-part/ » n'est pas une page du site", StringComparison.Ordinal));
    }

    /// <summary>The program's validate and build both fail as for any content error (1, never 3), each problem said at its line and column.</summary>
    private static async Task AssertFailsAsync(TestSite site, params Func<string, bool>[] lines)
    {
        var validate = await RelaisProcess.RunAsync("validate", "--root", site.Root, "--today", "2026-11-24");
        var build = await RelaisProcess.RunAsync("build", "--root", site.Root, "--today", "2026-11-24");
        foreach (var run in new[] { validate, build })
        {
            Assert.True(run.ExitCode == 1, run.ToString());
            foreach (var line in lines) Assert.Contains(run.OutputLines, l => line(l));
            Assert.DoesNotContain("erreur interne", run.Error, StringComparison.Ordinal);
        }
        Assert.False(Directory.Exists(site.Output));
    }
}
