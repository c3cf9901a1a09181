using Relais.Generator.Import;
using Relais.Model;
using Relais.Model.Values;

namespace Relais.Generator.Tests.Import;

/// <summary>Finding a row's commune without its code_insee.</summary>
public sealed class CommuneMatcherTests
{
    private static readonly CommuneMatcher Communes = new(
    [
        Commune("37261", "Tours", 47.394, 0.685, "37000", "37100", "37200"),
        Commune("37233", "Saint-Pierre-des-Corps", 47.386, 0.736, "37700"),
        Commune("37195", "La Riche", 47.389, 0.660, "37520"),
        Commune("37250", "Sorigny", 47.243, 0.695, "37250"),
        Commune("37154", "Montbazon", 47.288, 0.713, "37250"),
        Commune("37063", "Chambray-lès-Tours", 47.335, 0.714, "37170"),
        Commune("37018", "Beaumont-Louestault", 47.55, 0.66, "37360"),
        Commune("65001", "Sorigny", 43.2, 0.1, "65100"),
    ]);

    public static Commune Commune(string code, string name, double lat, double lon, params string[] postalCodes) =>
        new(new CodeInsee(code), name, postalCodes.Select(p => new CodePostal(p)).ToList(), new GeoPoint(lat, lon), 1000, code[..2], SourceSpan.StartOf("content/communes.csv"));

    private static CommuneMatch Find(string insee, string commune, string postal) =>
        Communes.Find(insee, commune, CommuneMatcher.PostalCodeOf(postal, commune));

    [Fact]
    public void A_known_code_insee_wins()
    {
        var match = Find("37261", "n'importe quoi", "");
        Assert.Equal("Tours", match.Commune?.Name);
        Assert.Null(match.Note);
    }

    [Theory]
    [InlineData("ST PIERRE DES CORPS", "37700")]
    [InlineData("Saint Pierre des Corps", "37700")]
    [InlineData("st-pierre-des-corps", "37700")]
    [InlineData("SAINT-PIERRE-DES-CORPS", "")]
    public void Capitals_missing_accents_hyphens_and_st_find_the_commune(string name, string postal) =>
        Assert.Equal("37233", Find("", name, postal).Commune?.Code.Value);

    [Fact]
    public void An_article_in_brackets_is_read_in_front() => Assert.Equal("37195", Find("", "RICHE (LA)", "37520").Commune?.Code.Value);

    [Fact]
    public void Accents_missing_in_lès() => Assert.Equal("37063", Find("", "CHAMBRAY LES TOURS", "37170").Commune?.Code.Value);

    [Theory]
    [InlineData("37042 TOURS CEDEX 1", "")]
    [InlineData("TOURS CEDEX", "37042")]
    [InlineData("Tours Cedex 9", "37913")]
    public void A_cedex_code_finds_the_commune_by_name_in_its_department(string commune, string postal)
    {
        var match = Find("", commune, postal);
        Assert.Equal("37261", match.Commune?.Code.Value);
        Assert.Contains("n'est pas le sien", match.Note);
    }

    [Fact]
    public void A_merged_commune_is_its_postal_codes_only_commune()
    {
        var match = Find("", "LOUESTAULT", "37360");
        Assert.Equal("37018", match.Commune?.Code.Value);
        Assert.Contains("fusionnée", match.Note);
    }

    [Fact]
    public void A_near_spelling_among_the_postal_codes_communes_is_accepted_with_a_note()
    {
        var match = Find("", "MONTBAZN", "37250");
        Assert.Equal("37154", match.Commune?.Code.Value);
        Assert.Contains("orthographe proche", match.Note);
    }

    [Fact]
    public void A_postal_code_shared_by_two_communes_without_a_name_is_ambiguous_and_names_them()
    {
        var match = Find("", "", "37250");
        Assert.Null(match.Commune);
        Assert.Contains("plusieurs communes", match.Error);
        Assert.Contains("« 37154 Montbazon »", match.Error);
        Assert.Contains("« 37250 Sorigny »", match.Error);
    }

    [Fact]
    public void A_name_in_two_departments_without_postal_code_is_ambiguous()
    {
        var match = Find("", "Sorigny", "");
        Assert.Null(match.Commune);
        Assert.Contains("ambiguë", match.Error);
        Assert.Contains("« 65001 Sorigny »", match.Error);
    }

    [Fact]
    public void A_postal_code_in_the_code_insee_column_is_said_and_the_name_used()
    {
        var match = Find("37700", "Saint-Pierre-des-Corps", "37700");
        Assert.Equal("37233", match.Commune?.Code.Value);
        Assert.Contains("c'est le code postal", match.Note);
    }

    [Fact]
    public void An_unknown_commune_is_an_error_saying_what_to_do()
    {
        var match = Find("", "Paris", "75001");
        Assert.Null(match.Commune);
        Assert.Contains("introuvable", match.Error);
    }

    [Theory]
    [InlineData("37132", "", "37")]
    [InlineData("", "41000", "41")]
    [InlineData("", "20000", "2A")]
    [InlineData("", "97110", "971")]
    public void The_department_of_a_row_comes_from_its_code_insee_or_postal_code(string insee, string postal, string department) =>
        Assert.Contains(department, CommuneMatcher.DepartmentsOf(insee, postal.Length == 0 ? null : postal));
}
