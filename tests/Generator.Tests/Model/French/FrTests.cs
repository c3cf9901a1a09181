using Relais.Model.French;
using Relais.Model.Values;

namespace Relais.Generator.Tests.Model.French;

/// <summary>French typography of the public site. Expected strings are written with plain spaces;
/// the formatter's spaces must all be non-breaking, so a line never splits « 14 h » or « 8 km ».</summary>
public sealed class FrTests
{
    private static string Plain(string text) => text.Replace(Fr.Nbsp, ' ');

    private static void Unbreakable(string text) => Assert.DoesNotContain(' ', text);

    [Theory]
    [InlineData(2027, 3, 9, "mardi 9 mars 2027")]
    [InlineData(2027, 1, 1, "vendredi 1er janvier 2027")]
    [InlineData(2026, 12, 1, "mardi 1er décembre 2026")]
    [InlineData(2027, 8, 15, "dimanche 15 août 2027")]
    public void A_date_is_written_in_full_with_1er_for_the_first(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, Fr.Date(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Short_and_capitalized_dates()
    {
        Assert.Equal("1er mars 2027", Fr.DateShort(new DateOnly(2027, 3, 1)));
        Assert.Equal("9 mars", Fr.DayAndMonth(new DateOnly(2027, 3, 9)));
        Assert.Equal("Mardi 9 mars 2027", Fr.DateCapitalized(new DateOnly(2027, 3, 9)));
        Assert.Equal("Février 2027", Fr.MonthYear(new DateOnly(2027, 2, 14)));
    }

    [Theory]
    [InlineData("14:30-17:00", "14 h 30 – 17 h")]
    [InlineData("09:00-12:00", "9 h – 12 h")]
    [InlineData("09:05-09:45", "9 h 05 – 9 h 45")]
    [InlineData("20:00-24:00", "20 h – 24 h")]
    public void A_time_range_uses_h_and_an_en_dash(string range, string expected)
    {
        Assert.True(TimeRange.TryParse(range, out var parsed, out var error), error);

        var text = Fr.Range(parsed);

        Assert.Equal(expected, Plain(text));
        Unbreakable(text);
    }

    [Fact]
    public void Several_ranges_are_joined_with_et()
    {
        TimeRange.TryParse("09:00-12:00", out var morning, out _);
        TimeRange.TryParse("14:00-17:00", out var afternoon, out _);

        Assert.Equal("9 h – 12 h et 14 h – 17 h", Plain(Fr.Ranges([morning, afternoon])));
    }

    [Theory]
    [InlineData(0.0, "à moins d'1 km")]
    [InlineData(0.99, "à moins d'1 km")]
    [InlineData(1.0, "à 1 km")]
    [InlineData(1.49, "à 1 km")]
    [InlineData(2.5, "à 3 km")]
    [InlineData(7.6, "à 8 km")]
    [InlineData(463.2, "à 463 km")]
    public void A_distance_is_rounded_to_the_kilometre(double km, string expected)
    {
        var text = Fr.Distance(km);

        Assert.Equal(expected, Plain(text));
        Assert.EndsWith($"{Fr.Nbsp}km", text);
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "le lundi" }, "le lundi")]
    [InlineData(new[] { "le lundi", "le jeudi" }, "le lundi et le jeudi")]
    [InlineData(new[] { "a", "b", "c" }, "a, b et c")]
    public void A_list_ends_with_et(string[] items, string expected)
    {
        Assert.Equal(expected, Fr.List(items));
    }

    [Theory]
    [InlineData(0, "0 place")]
    [InlineData(1, "1 place")]
    [InlineData(2, "2 places")]
    public void Zero_and_one_are_singular(int count, string expected)
    {
        Assert.Equal(expected, Plain(Fr.Plural(count, "place", "places")));
    }

    [Fact]
    public void Capitalize_touches_only_the_first_letter()
    {
        Assert.Equal("Éviter les arnaques en ligne", Fr.Capitalize("éviter les arnaques en ligne"));
        Assert.Equal("", Fr.Capitalize(""));
    }

    [Theory]
    [InlineData("Association", "association")]
    [InlineData("À distance", "à distance")]
    [InlineData("Être aidé pour la CAF", "être aidé pour la CAF")]
    [InlineData("CAF", "CAF")]
    [InlineData("AFPA (formation des adultes)", "AFPA (formation des adultes)")]
    [InlineData("", "")]
    public void Uncapitalize_lowers_a_first_letter_but_leaves_an_acronym(string label, string expected)
    {
        Assert.Equal(expected, Fr.Uncapitalize(label));
    }

    [Theory]
    [InlineData("Chinon", "de Chinon", "à Chinon")]
    [InlineData("Avoine", "d'Avoine", "à Avoine")]
    [InlineData("Azay-le-Rideau", "d'Azay-le-Rideau", "à Azay-le-Rideau")]
    [InlineData("Épeigné-les-Bois", "d'Épeigné-les-Bois", "à Épeigné-les-Bois")]
    [InlineData("Le Grand-Pressigny", "du Grand-Pressigny", "au Grand-Pressigny")]
    [InlineData("Les Mureaux", "des Mureaux", "aux Mureaux")]
    [InlineData("La Riche", "de La Riche", "à La Riche")]
    [InlineData("L'Île-Bouchard", "de L'Île-Bouchard", "à L'Île-Bouchard")]
    [InlineData("Huismes", "de Huismes", "à Huismes")]
    [InlineData("Lesparre-Médoc", "de Lesparre-Médoc", "à Lesparre-Médoc")]
    public void A_commune_name_after_de_and_a_is_elided_or_contracted_with_its_article(string name, string of, string at)
    {
        Assert.Equal(of, Fr.Of(name));
        Assert.Equal(at, Fr.At(name));
    }
}
