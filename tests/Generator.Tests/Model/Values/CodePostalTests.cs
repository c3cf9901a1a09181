using Relais.Model.Values;

namespace Relais.Generator.Tests.Model.Values;

public sealed class CodePostalTests
{
    [Theory]
    [InlineData("37600", "37600")]
    [InlineData("01400", "01400")]
    [InlineData(" 37 600 ", "37600")]
    [InlineData("97400", "97400")]
    public void Five_digits_make_a_postal_code(string text, string value)
    {
        Assert.True(CodePostal.TryParse(text, out var code, out var error), error);
        Assert.Equal(value, code.Value);
    }

    [Theory]
    [InlineData("3760")]
    [InlineData("376000")]
    [InlineData("A7600")]
    [InlineData("37-600")]
    [InlineData("")]
    public void Anything_else_is_rejected_with_an_example(string text)
    {
        Assert.False(CodePostal.TryParse(text, out _, out var error));
        Assert.Contains($"« {text} »", error, StringComparison.Ordinal);
        Assert.Contains("5 chiffres", error, StringComparison.Ordinal);
    }
}
