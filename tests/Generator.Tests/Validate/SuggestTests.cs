using Relais.Generator.Validate;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Tests.Validate;

public sealed class SuggestTests
{
    private static readonly string[] Typologies = [.. Vocabularies.Typologies.Labels];

    [Theory]
    [InlineData("ASOS", "ASSO")]
    [InlineData("asso", "ASSO")]
    [InlineData("ASSSO", "ASSO")]
    [InlineData("MAIRIE", null)]
    [InlineData("EPNN", "EPN")]
    public void A_typology_code_one_or_two_slips_away_is_found(string input, string? expected)
    {
        Assert.Equal(expected, Suggest.Nearest(input, Typologies));
    }

    [Theory]
    [InlineData("telephon", "telephone")]
    [InlineData("telephonne", "telephone")]
    [InlineData("code_postale", "code_postal")]
    [InlineData("date_mise_a_jour", null)]
    [InlineData("remarque", null)]
    public void A_key_with_a_typo_finds_its_key(string input, string? expected)
    {
        Assert.Equal(expected, Suggest.Nearest(input, Relais.Generator.Validate.Fields.PlaceFields.All.Select(f => f.Key)));
    }

    [Theory]
    [InlineData("débutant", "debutant")]
    [InlineData("Débutants", "debutant")]
    [InlineData("Intermédiaire", "intermediaire")]
    [InlineData("expert", null)]
    public void Case_and_accents_do_not_count(string input, string? expected)
    {
        Assert.Equal(expected, Suggest.Nearest(input, Vocabularies.Levels.Labels));
    }

    [Fact]
    public void Did_you_mean_is_empty_when_nothing_is_near()
    {
        Assert.Equal("", Suggest.DidYouMean("zzz", ["nom", "adresse"]));
        Assert.Equal(" Vouliez-vous dire « adresse » ?", Suggest.DidYouMean("adrese", ["nom", "adresse"]));
    }
}
