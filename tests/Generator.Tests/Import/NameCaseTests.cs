using Relais.Generator.Import;

namespace Relais.Generator.Tests.Import;

/// <summary>Names in capitals put in normal case, acronyms kept.</summary>
public sealed class NameCaseTests
{
    [Theory]
    [InlineData("ESPACE PUBLIC NUMERIQUE DE LOCHES", "Loches", "Espace Public Numérique de Loches")]
    [InlineData("CCAS DE ST PIERRE DES CORPS", "Saint-Pierre-des-Corps", "CCAS de Saint-Pierre-des-Corps")]
    [InlineData("EPN - MEDIATHEQUE D'AZAY-LE-RIDEAU", "Azay-le-Rideau", "EPN - Médiathèque d'Azay-le-Rideau")]
    [InlineData("MSAP / PIJ DU LOCHOIS", null, "MSAP / PIJ du Lochois")]
    [InlineData("MAISON FRANCE SERVICES", null, "Maison France Services")]
    [InlineData("CAF ET CPAM : ACCUEIL", null, "CAF et CPAM : Accueil")]
    [InlineData("MJC LES ARCADES", null, "MJC les Arcades")]
    public void Capitals_become_normal_case(string name, string? commune, string expected) => Assert.Equal(expected, NameCase.Normalise(name, commune));

    [Theory]
    [InlineData("Médiathèque de Chinon")]
    [InlineData("EPN de Loches")]
    [InlineData("l'atelier numérique")]
    public void Names_already_in_normal_case_are_kept(string name) => Assert.Equal(name, NameCase.Normalise(name, "Chinon"));
}
