using Relais.Model.Values;

namespace Relais.Generator.Tests.Model.Values;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("02 47 12 34 56")]
    [InlineData("0247123456")]
    [InlineData("02.47.12.34.56")]
    [InlineData("02-47-12-34-56")]
    [InlineData("02\u00A047\u00A012\u00A034\u00A056")]
    [InlineData("+33247123456")]
    [InlineData("+33 2 47 12 34 56")]
    [InlineData("0033 2 47 12 34 56")]
    [InlineData("+33 (0)2 47 12 34 56")]
    public void The_usual_ways_of_writing_a_French_number_give_one_international_form(string text)
    {
        // When
        var ok = PhoneNumber.TryParse(text, out var phone, out var error);

        // Then
        Assert.True(ok, error);
        Assert.Equal("+33247123456", phone.International);
        Assert.Equal("02 47 12 34 56", phone.Display);
        Assert.Equal("tel:+33247123456", phone.TelUri);
    }

    [Theory]
    [InlineData("+262 262 12 34 56", "+262262123456", "+262 262123456")]
    [InlineData("+590 590 12 34 56", "+590590123456", "+590 590123456")]
    [InlineData("+687 28 12 34", "+687281234", "+687 281234")]
    [InlineData("06 12 34 56 78", "+33612345678", "06 12 34 56 78")]
    public void Overseas_prefixes_are_kept(string text, string international, string display)
    {
        Assert.True(PhoneNumber.TryParse(text, out var phone, out var error), error);
        Assert.Equal(international, phone.International);
        Assert.Equal(display, phone.Display);
    }

    [Theory]
    [InlineData("02 47 00")]
    [InlineData("02 47 12 34 5")]
    [InlineData("02 47 12 34 567")]
    [InlineData("00 47 12 34 56")]
    [InlineData("+33 2 47 12 34 5")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("02 47 AB CD EF")]
    [InlineData("mairie")]
    [InlineData("")]
    public void Short_long_foreign_or_lettered_numbers_are_rejected_with_the_expected_form(string text)
    {
        Assert.False(PhoneNumber.TryParse(text, out _, out var error));
        Assert.Contains($"« {text} »", error, StringComparison.Ordinal);
        Assert.Contains("10 chiffres commençant par 0", error, StringComparison.Ordinal);
        Assert.Contains("« 02 47 12 34 56 »", error, StringComparison.Ordinal);
    }
}
