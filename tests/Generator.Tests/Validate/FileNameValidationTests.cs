namespace Relais.Generator.Tests.Validate;

/// <summary>A file name is the address of its page: a slug, unique in its folder.</summary>
public sealed class FileNameValidationTests
{
    private const string Place = """
        nom: EPN de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        latitude: 47.1283
        longitude: 0.9958
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]

        """;

    [Theory]
    [InlineData("Épicerie Solidaire.yml", "« epicerie-solidaire.yml »")]
    [InlineData("EPN-Loches.yml", "« epn-loches.yml »")]
    [InlineData("epn_loches.yml", "« epn-loches.yml »")]
    public void A_name_with_accents_capitals_or_spaces_gets_its_slug(string name, string suggestion)
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/lieux/" + name, Place);

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0007", $"content/lieux/{name}:1:1", $"« {name} »", "minuscules sans accent", suggestion);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_yml_and_a_yaml_of_the_same_name_are_one_page_twice()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/lieux/epn.yml", Place);
        site.WriteFile("content/lieux/epn.yaml", Place);

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0203", "content/lieux/epn.yml:1:1", "« epn »", "content/lieux/epn.yaml", "Renommez");
        Assert.Single(diagnostics);
    }

    [Theory]
    [InlineData("agenda")]
    [InlineData("communes")]
    [InlineData("carte")]
    [InlineData("404")]
    public void A_page_may_not_take_an_address_of_the_site(string slug)
    {
        using var site = TestSite.Create($"-- input/{slug}.md --\n---\ntitre: Une page\n---\nTexte.\n");

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0203", $"input/{slug}.md:1:1", $"« {slug} »", $"(/{slug}/)", "renommez");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void The_same_name_in_two_folders_is_allowed()
    {
        using var site = TestSite.Create("-- content/lieux/loches.yml --\n" + Place + "-- input/loches.md --\n---\ntitre: Loches\n---\n");

        Assert.Empty(site.Validate().Diagnostics);
    }
}
