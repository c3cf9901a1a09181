using Relais.Model.Values;

namespace Relais.Generator.Tests.Model.Values;

public sealed class CodeInseeTests
{
    [Theory]
    [InlineData("37132", "37132", "37")]
    [InlineData(" 37132 ", "37132", "37")]
    [InlineData("01004", "01004", "01")]
    [InlineData("2A004", "2A004", "2A")]
    [InlineData("2b033", "2B033", "2B")]
    [InlineData("97411", "97411", "974")]
    [InlineData("97611", "97611", "976")]
    public void A_commune_code_is_read_with_its_department(string text, string value, string department)
    {
        // When
        var ok = CodeInsee.TryParse(text, out var code, out var error);

        // Then
        Assert.True(ok, error);
        Assert.Equal(value, code.Value);
        Assert.Equal(department, code.DepartmentCode);
    }

    [Theory]
    [InlineData("20004")]
    [InlineData("2C004")]
    [InlineData("3713A")]
    [InlineData("00000x")]
    public void A_five_character_code_outside_the_pattern_is_rejected(string text)
    {
        Assert.False(CodeInsee.TryParse(text, out _, out var error));
        Assert.Contains($"« {text} »", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Department_20_no_longer_exists()
    {
        Assert.False(CodeInsee.TryParse("20004", out _, out var error));
        Assert.Contains("2A/2B", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3713")]
    [InlineData("371320")]
    [InlineData("")]
    public void A_code_of_the_wrong_length_is_told_apart_from_a_postal_code(string text)
    {
        Assert.False(CodeInsee.TryParse(text, out _, out var error));
        Assert.Contains("5 caractères", error, StringComparison.Ordinal);
        Assert.Contains("code postal", error, StringComparison.Ordinal);
    }
}
