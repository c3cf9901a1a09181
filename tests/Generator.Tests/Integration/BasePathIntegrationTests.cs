namespace Relais.Generator.Tests.Integration;

/// <summary>A site published under a path (https://host/annuaire/) links within that path.</summary>
public sealed class BasePathIntegrationTests
{
    [Fact]
    public void Links_canonical_urls_and_the_sitemap_carry_the_base_path()
    {
        // Given a base URL with a path
        using var site = TestSite.Create("""
            -- statiq.json --
            {
              "titre": "Site de test",
              "description": "Un site pour les tests.",
              "url_de_base": "https://test.example.org/annuaire/",
              "departements": ["37", "65"],
              "rayon_proximite_km": 15,
              "langue": "fr-FR",
              "fuseau_horaire": "Europe/Paris"
            }
            """);

        // When the site is built
        var (output, diagnostics) = site.Build();

        // Then pages link under /annuaire/ and URLs are absolute under it
        Assert.True(output is not null, string.Join("\n", diagnostics));
        site.AssertFile("communes/loches-37132/index.html",
            "<link rel=\"canonical\" href=\"https://test.example.org/annuaire/communes/loches-37132/\"",
            "href=\"/annuaire/departements/\"",
            "src=\"/annuaire/assets/site.js?v=",
            "! href=\"/departements/\"",
            "! /annuaire/annuaire/");
        site.AssertFile("sitemap.xml", "<loc>https://test.example.org/annuaire/communes/loches-37132/</loc>", "! <loc>https://test.example.org/communes/");
        site.AssertFile("robots.txt", "Sitemap: https://test.example.org/annuaire/sitemap.xml");
    }
}
