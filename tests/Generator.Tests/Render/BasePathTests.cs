using Relais.Generator.Render;

namespace Relais.Generator.Tests.Render;

/// <summary>A site served under a path gets that path before its root-relative links, once.</summary>
public sealed class BasePathTests
{
    private const string Page = """
        <link rel="canonical" href="https://exemple.org/annuaire/lieux/"><link rel="stylesheet" href="/assets/site.css?v=1">
        <script src="/assets/site.js" defer></script>
        <a href="/">Accueil</a><a href="/lieux/epn/">EPN</a><form action="/recherche/"></form>
        <a href="#contenu">Contenu</a><a href="https://www.service-public.fr/">SP</a><a href="mailto:a@example.org">M</a>
        """;

    [Fact]
    public void A_site_at_the_root_of_its_host_is_left_as_it_is()
    {
        Assert.Equal(Page, BasePath.Apply(Page, new Uri("https://exemple.org/")));
    }

    [Theory]
    [InlineData("https://exemple.org/annuaire/")]
    [InlineData("https://exemple.org/annuaire")]
    public void Root_relative_links_sources_and_actions_get_the_path(string baseUrl)
    {
        var html = BasePath.Apply(Page, new Uri(baseUrl));

        Assert.Contains("href=\"/annuaire/assets/site.css?v=1\"", html);
        Assert.Contains("src=\"/annuaire/assets/site.js\"", html);
        Assert.Contains("href=\"/annuaire/\">Accueil", html);
        Assert.Contains("href=\"/annuaire/lieux/epn/\"", html);
        Assert.Contains("action=\"/annuaire/recherche/\"", html);
    }

    [Fact]
    public void Absolute_anchor_mail_and_canonical_links_are_left_alone()
    {
        var html = BasePath.Apply(Page, new Uri("https://exemple.org/annuaire/"));

        Assert.Contains("href=\"https://exemple.org/annuaire/lieux/\"", html);
        Assert.Contains("href=\"#contenu\"", html);
        Assert.Contains("href=\"https://www.service-public.fr/\"", html);
        Assert.Contains("href=\"mailto:a@example.org\"", html);
        Assert.DoesNotContain("/annuaire/annuaire/", html);
    }

    [Fact]
    public void Protocol_relative_urls_are_left_alone_in_every_attribute()
    {
        const string html = """<a href="//cdn.example/x">a</a><img src="//cdn.example/y.png"><form action="//cdn.example/z"></form>""";

        Assert.Equal(html, BasePath.Apply(html, new Uri("https://exemple.org/annuaire/")));
    }
}
