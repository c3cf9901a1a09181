namespace Relais.Generator.Tests.Integration;

/// <summary>What a visit page says of a visit's state, as Resolve decided it for the build's day.</summary>
public sealed class VisitStatesIntegrationTests
{
    // Built for TestSite.Today (2026-11-24): Sorigny's registrations closed on the 20th, Loches' close on the 30th.
    private const string Files = """
        -- content/communes.csv --
        code_insee,nom,codes_postaux,latitude,longitude,population,dep_code
        37132,Loches,37600,47.129,0.996,6300,37
        37250,Sorigny,37250,47.243,0.695,3000,37
        -- content/lieux/epn-loches.yml --
        nom: EPN de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        -- content/tournees/bus.yml --
        nom: Bus de test
        operateur: Solution Vie Pratique
        places: 12
        seances_par_defaut: ["09:00-12:00"]
        arrets:
          - date: 2026-12-01
            code_insee: "37250"
            lieu: Place de l'Église
            inscription: { aupres_de: Mairie de Sorigny, telephone: "02 47 26 00 00", avant: 2026-11-20 }
            statut: confirme
          - date: 2026-12-08
            code_insee: "37132"
            lieu: Place du Marché
            inscription: { aupres_de: Mairie de Loches, telephone: "02 47 59 00 00", avant: 2026-11-30 }
            statut: confirme

        """;

    [Fact]
    public void A_visit_whose_registration_deadline_has_passed_says_registrations_are_closed_and_whom_to_call()
    {
        using var site = TestSite.Create(Files);

        var (output, diagnostics) = site.Build();

        Assert.True(output is not null, string.Join("\n", diagnostics));
        site.AssertFile("bus/bus/2026-12-01-sorigny/index.html",
            "<strong>Inscriptions closes</strong> (elles étaient ouvertes jusqu'au vendredi 20 novembre 2026) : appelez Mairie de Sorigny au <a class=\"phone\" href=\"tel:+33247260000\">02 47 26 00 00</a>",
            "! Pour vous inscrire");
        site.AssertFile("bus/bus/2026-12-08-loches/index.html",
            "Pour vous inscrire : <strong>Mairie de Loches</strong>",
            "! Inscriptions closes");
    }
}
