namespace Relais.Generator.Tests.Validate;

public sealed class PlaceValidationTests
{
    private const string ValidPlace = """
        -- content/lieux/epn.yml --
        nom: EPN de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        latitude: 47.1283
        longitude: 0.9958
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]

        """;

    [Fact]
    public void A_valid_place_binds_with_no_diagnostic()
    {
        using var site = TestSite.Create(ValidPlace);

        var (validated, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
        var place = Assert.Single(validated!.Places);
        Assert.Equal("epn", place.Slug);
        Assert.Equal("EPN de Loches", place.Name);
    }

    [Fact]
    public void An_unknown_commune_code_suggests_the_communes_of_the_postal_code()
    {
        using var site = TestSite.Create(ValidPlace.Replace("37132", "37999").Replace("37600", "37250"));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0201", "content/lieux/epn.yml:4:13", "37999", "« 37250 Sorigny »", "« 37154 Montbazon »");
    }
}
