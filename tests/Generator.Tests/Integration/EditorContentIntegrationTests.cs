namespace Relais.Generator.Tests.Integration;

/// <summary>Editors' Markdown on a built page: it cannot bring markup, scripts or third-party requests.</summary>
public sealed class EditorContentIntegrationTests
{
    [Fact]
    public void Markup_and_scripts_in_a_place_presentation_are_shown_as_text()
    {
        // Given a place whose presentation tries HTML, a script, a javascript: link and a remote image
        using var site = TestSite.Create("""
            -- content/lieux/epn.yml --
            nom: EPN de Loches
            adresse: 2 rue de la République
            code_postal: "37600"
            code_insee: "37132"
            date_maj: 2026-10-01
            services: [Maîtrise des outils numériques du quotidien]
            presentation_detail: |
              <script>alert("x")</script>

              Un <b onclick="alert(1)">clic</b>, [un lien](javascript:alert(1)) et ![une image](https://tracker.example/pixel.png).

              [Nous écrire](mailto:epn@example.org)

            """);

        // When the site is built
        var (output, diagnostics) = site.Build();

        // Then the page shows them as text, with no element they could have made
        Assert.True(output is not null, string.Join("\n", diagnostics));
        var page = OutputAssert.Html(site.Output, "lieux/epn/index.html");
        var presentation = page.QuerySelector("section[aria-labelledby=presentation]")!;
        Assert.Contains("<script>alert(\"x\")</script>", presentation.Text());
        Assert.Contains("Un <b onclick=\"alert(1)\">clic</b>, un lien et une image.", presentation.Text());
        Assert.Empty(presentation.QuerySelectorAll("script, b, img"));
        Assert.Equal(["mailto:epn@example.org"], presentation.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        // Every script is a file, but the schema.org data, which browsers do not run and where the editor's text cannot close the element
        Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/ld+json" && !s.TextContent.Contains('<'), s.OuterHtml));
    }
}
