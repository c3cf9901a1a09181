using Relais.Model;

namespace Relais.Generator.Tests.Model;

public sealed class RoutesTests
{
    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/lieux/", "lieux/index.html")]
    [InlineData("/lieux/epn-loches/", "lieux/epn-loches/index.html")]
    [InlineData("/bus/bus-numerique-touraine/2027-03-09-sorigny/", "bus/bus-numerique-touraine/2027-03-09-sorigny/index.html")]
    [InlineData("/404.html", "404.html")]
    [InlineData("/sitemap.xml", "sitemap.xml")]
    [InlineData("/robots.txt", "robots.txt")]
    [InlineData("/assets/site.css", "assets/site.css")]
    public void A_route_is_written_to_its_folder_index_or_to_its_file(string route, string path)
    {
        Assert.Equal(path, Routes.OutputPath(route));
    }

    [Theory]
    [InlineData("/v/k3m9x2q/", "/bus/t/2027-03-09-sorigny/", "../../bus/t/2027-03-09-sorigny/")]
    [InlineData("/bus/t/2026-11-17-cinais/affiche/", "/bus/t/2026-11-17-cinais/", "../../../../bus/t/2026-11-17-cinais/")]
    [InlineData("/ancien.html", "/lieux/x/", "lieux/x/")]
    [InlineData("/lieux/x.html", "/", "../")]
    [InlineData("/lieux/", "/", "../")]
    public void A_route_seen_from_another_page_is_relative_and_leads_back_to_it(string from, string to, string relative)
    {
        Assert.Equal(relative, Routes.Relative(from, to));
        // as a browser resolves it, at the root or under a path
        foreach (var site in new[] { "https://exemple.org", "https://exemple.org/annuaire" })
            Assert.Equal(site + to, new Uri(new Uri(site + from), relative).AbsoluteUri);
    }

    [Fact]
    public void Fixed_routes_are_root_relative_and_map_to_distinct_files()
    {
        string[] routes = [Routes.Home, Routes.Departments, Routes.Places, Routes.Workshops, Routes.Tours, Routes.Agenda, Routes.NotFound, Routes.Sitemap, Routes.Robots];

        Assert.All(routes, r => Assert.StartsWith("/", r));
        Assert.Equal(routes.Length, routes.Select(Routes.OutputPath).Distinct().Count());
    }

    [Fact]
    public void A_commune_route_holds_its_name_and_code()
    {
        var commune = new Commune(new("37119"), "L'Île-Bouchard", [new("37220")], new(47.119, 0.425), 1700, "37", SourceSpan.StartOf("content/communes.csv"));

        Assert.Equal("/communes/l-ile-bouchard-37119/", Routes.Commune(commune));
        Assert.Equal("communes/l-ile-bouchard-37119/index.html", Routes.OutputPath(Routes.Commune(commune)));
    }
}
