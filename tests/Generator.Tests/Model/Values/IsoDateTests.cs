using Relais.Model.Values;

namespace Relais.Generator.Tests.Model.Values;

public sealed class IsoDateTests
{
    [Theory]
    [InlineData("2027-03-09", 2027, 3, 9)]
    [InlineData(" 2028-02-29 ", 2028, 2, 29)]
    public void An_iso_date_is_read(string text, int year, int month, int day)
    {
        Assert.True(IsoDate.TryParse(text, out var date, out var error), error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("09/03/2027", "2027-03-09")]
    [InlineData("9/3/2027", "2027-03-09")]
    [InlineData("09.03.2027", "2027-03-09")]
    public void A_french_date_gets_its_iso_form_as_a_hint(string text, string iso)
    {
        Assert.False(IsoDate.TryParse(text, out _, out var error));
        Assert.Contains("AAAA-MM-JJ", error, StringComparison.Ordinal);
        Assert.Contains($"« {iso} »", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-02-30")]
    [InlineData("2027-13-01")]
    [InlineData("30/02/2027")]
    [InlineData("9 mars 2027")]
    [InlineData("")]
    public void An_impossible_or_worded_date_is_rejected_with_an_example(string text)
    {
        Assert.False(IsoDate.TryParse(text, out _, out var error));
        Assert.Contains($"« {text} »", error, StringComparison.Ordinal);
        Assert.Contains("« 2027-03-09 »", error, StringComparison.Ordinal);
    }
}
