namespace Relais.Generator.Tests.Validate;

public sealed class PageValidationTests
{
    private const string ValidPage = """
        -- input/a-propos.md --
        ---
        titre: À propos
        description: Qui publie cet annuaire.
        ordre: 1
        menu: oui
        ---
        Ce site rassemble l'aide au numérique près de chez vous.

        """;

    [Fact]
    public void A_page_binds_with_its_body()
    {
        using var site = TestSite.Create(ValidPage);

        var (validated, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
        var page = Assert.Single(validated!.Pages);
        Assert.Equal(("a-propos", "À propos", 1, true), (page.Slug, page.Title, page.Order, page.InMenu));
        Assert.Equal("Ce site rassemble l'aide au numérique près de chez vous.\n", page.BodyMarkdown);
    }

    [Fact]
    public void A_page_without_title_is_reported_on_its_first_field()
    {
        using var site = TestSite.Create(ValidPage.Edit("titre: À propos\n", ""));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0101", "input/a-propos.md:2:1", "champ « titre »", "obligatoire");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_menu_flag_must_be_yes_or_no()
    {
        using var site = TestSite.Create(ValidPage.Edit("menu: oui", "menu: parfois"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0119", "input/a-propos.md:5:7", "menu", "« parfois »", "« oui » ou « non »");
        Assert.Single(diagnostics);
    }
}
