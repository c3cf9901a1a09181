using Relais.Generator.Tests.SampleSite;

namespace Relais.Generator.Tests.Integration;

/// <summary>What a commune page says about the help nearest to it.</summary>
public sealed class CommunePageIntegrationTests
{
    // Loches has its own place, 3.4 km north of its centre; its neighbour Beaulieu-lès-Loches has
    // one at its centre, 1.5 km from Loches' centre. Sorigny has none.
    private const string Files = """
        -- content/communes.csv --
        code_insee,nom,codes_postaux,latitude,longitude,population,dep_code
        37132,Loches,37600,47.129,0.996,6300,37
        37020,Beaulieu-lès-Loches,37600,47.126,1.016,1700,37
        37250,Sorigny,37250,47.243,0.695,3000,37
        -- content/lieux/epn-loches-nord.yml --
        nom: EPN de Loches nord
        adresse: 1 route de Tours
        code_postal: "37600"
        code_insee: "37132"
        latitude: 47.160
        longitude: 0.996
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        -- content/lieux/mairie-beaulieu.yml --
        nom: Mairie de Beaulieu
        adresse: 1 place de la Mairie
        code_postal: "37600"
        code_insee: "37020"
        latitude: 47.126
        longitude: 1.016
        date_maj: 2026-10-01
        services: [Aide aux démarches administratives]

        """;

    [Fact]
    public void A_commune_without_a_place_names_the_nearest_one_and_its_distance()
    {
        using var site = TestSite.Create(Files);

        var (output, diagnostics) = site.Build();

        Assert.True(output is not null, string.Join("\n", diagnostics));
        var sorigny = (47.243, 0.695);
        var toNorth = Haversine.Km(sorigny, (47.160, 0.996));
        var toBeaulieu = Haversine.Km(sorigny, (47.126, 1.016));
        Assert.True(toNorth < toBeaulieu); // the geography this test relies on
        site.AssertFile("communes/sorigny-37250/index.html",
            $"Pas de lieu d'aide à Sorigny : l'aide la plus proche est <strong>{Haversine.AsPageSays(toNorth)}</strong>, à Loches",
            "<a href=\"/lieux/epn-loches-nord/\">EPN de Loches nord</a>");
    }

    [Fact]
    public void A_commune_with_a_place_of_its_own_says_so_even_when_a_neighbours_place_is_nearer_its_centre()
    {
        // Given Loches, whose own place is farther from its centre than Beaulieu's
        using var site = TestSite.Create(Files);
        Assert.True(Haversine.Km((47.129, 0.996), (47.126, 1.016)) < Haversine.Km((47.129, 0.996), (47.160, 0.996)));

        // When the site is built
        var (output, diagnostics) = site.Build();

        // Then the page of Loches does not claim there is no help in Loches
        Assert.True(output is not null, string.Join("\n", diagnostics));
        site.AssertFile("communes/loches-37132/index.html",
            "De l'aide existe dans la commune : <a href=\"/lieux/epn-loches-nord/\">EPN de Loches nord</a>",
            "! Pas de lieu d'aide à Loches");
    }
}
