using Relais.Model;

namespace Relais.Generator.Tests.Model;

public sealed class DepartmentTests
{
    [Theory]
    [InlineData("01", "de l'Ain (01)")]
    [InlineData("37", "d'Indre-et-Loire (37)")]
    [InlineData("31", "de la Haute-Garonne (31)")]
    [InlineData("65", "des Hautes-Pyrénées (65)")]
    [InlineData("59", "du Nord (59)")]
    [InlineData("75", "de Paris (75)")]
    [InlineData("974", "de La Réunion (974)")]
    public void A_department_after_de_takes_its_article(string code, string expected)
    {
        Assert.Equal(expected, Departments.Get(code).OfLabel);
    }
}
