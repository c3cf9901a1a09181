namespace Relais.Generator.Tests.Integration;

/// <summary>Links written by editors are checked against the planned pages before anything is written.</summary>
public sealed class BrokenLinkIntegrationTests
{
    private static string Page(string link) => $"""
        -- input/a-propos.md --
        ---
        titre: À propos
        ---
        Voir [la liste des lieux]({link}) pour en savoir plus.

        """;

    [Fact]
    public void A_page_with_a_link_to_an_existing_page_builds()
    {
        using var site = TestSite.Create(Page("/lieux/"));

        var (output, diagnostics) = site.Build();

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.NotNull(output);
        site.AssertFile("a-propos/index.html", "<a href=\"/lieux/\">la liste des lieux</a>");
    }

    [Fact]
    public void A_page_with_a_link_to_no_page_fails_with_OFF0207_naming_the_page_and_the_link_and_writes_nothing()
    {
        // Given an input page linking to a page the site does not have
        using var site = TestSite.Create(Page("/nulle-part/"));

        // When the site is built
        var (output, diagnostics) = site.Build();

        // Then the build fails with one OFF0207 on that page's file, naming its URL and the link
        Assert.Null(output);
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0207", "input/a-propos.md:2:1", "/a-propos/", "« /nulle-part/ »");
        Assert.True(diagnostic.IsError);
        Assert.Single(diagnostics, d => d.IsError);

        // and nothing is written: no output folder, no staging folder left behind
        Assert.False(Directory.Exists(site.Output));
        Assert.False(Directory.Exists(site.Output + ".staging"));
    }
}
