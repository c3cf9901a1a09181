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
    [InlineData("9 mars 2027")]
    [InlineData("2027-3-9")]
    [InlineData("")]
    public void An_impossible_or_worded_date_is_rejected_with_an_example(string text)
    {
        Assert.False(IsoDate.TryParse(text, out _, out var error));
        Assert.Contains($"« {text} »", error, StringComparison.Ordinal);
        Assert.Contains("« 2027-03-09 »", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-02-30", "le 30 février 2027 n'existe pas (février a 28 jours)", "« 2027-02-28 »")]
    [InlineData("2028-02-30", "le 30 février 2028 n'existe pas (février a 29 jours)", "« 2028-02-29 »")]
    [InlineData("2027-02-29", "2027 n'est pas une année bissextile", "« 2027-02-28 »")]
    [InlineData("2027-04-31", "le 31 avril 2027 n'existe pas (avril a 30 jours)", "« 2027-04-30 »")]
    [InlineData("2027-13-01", "le mois 13 n'existe pas", "01 à 12")]
    [InlineData("2027-03-00", "le jour 00 n'existe pas", "01")]
    [InlineData("30/02/2027", "AAAA-MM-JJ", "le 30 février 2027 n'existe pas")]
    public void A_date_in_the_right_format_but_not_in_the_calendar_says_why(string text, string fault, string hint)
    {
        Assert.False(IsoDate.TryParse(text, out _, out var error));
        Assert.Contains($"« {text} »", error, StringComparison.Ordinal);
        Assert.Contains(fault, error, StringComparison.Ordinal);
        Assert.Contains(hint, error, StringComparison.Ordinal);
        if (!text.Contains('/')) Assert.DoesNotContain("au format", error, StringComparison.Ordinal);
    }
}
