using Relais.Generator.Import;

namespace Relais.Generator.Tests.Import;

/// <summary>« date_maj » in the shapes hubs write it.</summary>
public sealed class HubDatesTests
{
    [Theory]
    [InlineData("2020-06-30")]
    [InlineData("2020/06/30 14:16:50")]
    [InlineData("2020-06-30T14:16:50.000Z")]
    [InlineData("30/06/2020")]
    [InlineData("30.06.2020")]
    [InlineData("30-06-2020")]
    [InlineData("Mis à jour le 30/06/2020 par le hub")]
    [InlineData("44012")]
    public void Each_shape_gives_the_date(string cell) => Assert.Equal(new DateOnly(2020, 6, 30), HubDates.Parse(cell));

    [Theory]
    [InlineData("")]
    [InlineData("1970-01-01")]
    [InlineData("1970-01-01 00:00:00")]
    [InlineData("01/01/1900")]
    [InlineData("2020-02-30")]
    [InlineData("bientôt")]
    public void Placeholders_and_impossible_dates_are_no_date(string cell) => Assert.Null(HubDates.Parse(cell));
}
