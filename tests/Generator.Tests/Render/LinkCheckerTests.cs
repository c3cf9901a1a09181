using Relais.Generator.Render;

namespace Relais.Generator.Tests.Render;

public sealed class LinkCheckerTests
{
    private static readonly HashSet<string> Routes = new HashSet<string>(StringComparer.Ordinal)
    {
        "/", "/lieux/", "/lieux/epn-loches/", "/assets/site.css", "/404.html",
    };

    [Fact]
    public void Links_to_planned_routes_are_fine_with_or_without_query_and_fragment()
    {
        const string html = """
            <a href="/">Accueil</a><a href="/lieux/epn-loches/">EPN</a><a href="/lieux/#liste">Lieux</a>
            <link rel="stylesheet" href="/assets/site.css?v=1a2b3c4d"><form action="/lieux/"></form>
            """;

        Assert.Empty(LinkChecker.Broken(html, Routes));
    }

    [Fact]
    public void Data_attributes_are_neither_links_nor_anchors()
    {
        const string html = """<div data-src="/nulle-part/" data-id="x"><a href="#y">y</a></div><p id="y"></p>""";

        Assert.Empty(LinkChecker.Broken(html, Routes));
    }

    [Fact]
    public void A_site_link_to_no_planned_route_is_broken()
    {
        const string html = """<a href="/lieux/">ok</a><a href="/nulle-part/">x</a><img src="/assets/absent.png"><a href="/lieux/epn-loches">no slash</a>""";

        Assert.Equal(["/nulle-part/", "/assets/absent.png", "/lieux/epn-loches"], LinkChecker.Broken(html, Routes));
    }

    [Fact]
    public void An_anchor_must_match_an_id_of_the_page()
    {
        const string html = """<a href="#contenu">Aller au contenu</a><a href="#horaires">Horaires</a><main id="contenu"></main>""";

        Assert.Equal(["#horaires"], LinkChecker.Broken(html, Routes));
    }

    [Fact]
    public void Web_mail_and_phone_links_are_fine_and_other_schemes_are_broken()
    {
        const string html = """
            <a href="https://www.service-public.fr/">a</a><a href="http://exemple.org/">b</a>
            <a href="mailto:epn@example.org">c</a><a href="tel:+33261912001">d</a>
            <a href="javascript:alert(1)">e</a><a href="data:text/html,x">f</a><a href="//ailleurs.example/">g</a><a href="ftp://exemple.org/">h</a>
            """;

        Assert.Equal(["javascript:alert(1)", "data:text/html,x", "//ailleurs.example/", "ftp://exemple.org/"], LinkChecker.Broken(html, Routes));
    }

    [Fact]
    public void Encoded_attribute_values_are_decoded_before_checking()
    {
        const string html = """<a href="/lieux/?a=1&amp;b=2">ok</a><a href="javascript&#x3A;alert(1)">x</a>""";

        Assert.Equal(["javascript:alert(1)"], LinkChecker.Broken(html, Routes));
    }

    [Fact]
    public void A_link_repeated_on_a_page_is_reported_once()
    {
        const string html = """<a href="/nulle-part/">x</a><a href="/nulle-part/">y</a>""";

        Assert.Equal(["/nulle-part/"], LinkChecker.Broken(html, Routes));
    }
}
