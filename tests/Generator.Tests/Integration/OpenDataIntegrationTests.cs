using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.Integration;

/// <summary>The national-standard CSV of /donnees/: what a place without SIRET or coordinates, Markdown and a bus tour become.</summary>
public sealed class OpenDataIntegrationTests
{
    // Built for TestSite.Today (2026-11-24): Loches' visit is past, Montbazon's cancelled, Sorigny visited twice.
    private const string Files = """
        -- content/lieux/epn-loches.yml --
        nom: EPN de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        presentation_detail: |
          Un espace **accessible**, voir [le plan](https://example.org/plan)
          et la *médiathèque*.

          - ordinateurs
          - imprimante
        -- content/tournees/bus.yml --
        nom: Bus de test
        operateur: Solution Vie Pratique
        contact: { telephone: "02 61 91 30 00", courriel: bus@example.org }
        places: 12
        seances_par_defaut: ["09:00-12:00", "14:00-17:00"]
        services: [Aide aux démarches administratives]
        frais_a_charge: [Gratuit]
        modalites_accompagnement: [Dans un atelier collectif]
        presentation: Deux ateliers **gratuits**.
        date_maj: 2026-11-01
        arrets:
          - date: 2026-11-10
            code_insee: "37132"
            lieu: Place du Marché
            statut: confirme
          - date: 2026-12-01
            code_insee: "37154"
            lieu: Parking de la mairie
            statut: annule
            motif_annulation: moins de 6 inscrits
          - date: 2027-01-12
            code_insee: "37250"
            lieu: Place de l'Église
            latitude: 47.2431
            longitude: 0.6952
            seances: ["14:00-17:00"]
            statut: confirme
          - date: 2027-03-09
            code_insee: "37250"
            lieu: Salle des fêtes
            statut: confirme
            date_maj: 2026-11-20

        """;

    [Fact]
    public void Places_and_the_communes_a_tour_will_visit_are_rows_of_the_standard_with_its_canonical_values()
    {
        using var site = TestSite.Create(Files);

        var (output, diagnostics) = site.Build();

        Assert.True(output is not null, string.Join("\n", diagnostics));
        var table = CsvTableReader.Read(site.ReadFile("output/donnees/lieux-de-mediation-numerique.csv"), "lieux.csv", new DiagnosticBag())!;
        var header = table.Header.Select(h => h.Value).ToList();
        var rows = table.Rows.ToDictionary(r => r[0].Value, r => header.Zip(r, (h, c) => (h, c.Value)).ToDictionary(p => p.h, p => p.Value));

        // A tour's past and cancelled visits make no row; Sorigny's two visits make one.
        Assert.Equal(["epn-loches", "bus-37250"], rows.Keys);

        var place = rows["epn-loches"];
        Assert.Equal("00000000000000", place["pivot"]);
        // without coordinates: its commune's centre, as on the map
        Assert.Equal(("47.129", "0.996"), (place["latitude"], place["longitude"]));
        Assert.Equal("Un espace accessible, voir le plan et la médiathèque.\nordinateurs\nimprimante", place["presentation_detail"]);

        var bus = rows["bus-37250"];
        Assert.Equal(
            [
                ("nom", "Bus de test"), ("commune", "Sorigny"), ("code_postal", "37250"), ("code_insee", "37250"),
                ("adresse", "Place de l'Église"), ("latitude", "47.2431"), ("longitude", "0.6952"), ("pivot", "00000000000000"),
                ("telephone", "+33261913000"), ("courriels", "bus@example.org"), ("itinerance", "Itinérant"),
                ("structure_parente", "Solution Vie Pratique"), ("date_maj", "2026-11-20"), ("services", "Aide aux démarches administratives"),
                ("frais_a_charge", "Gratuit"), ("modalites_accompagnement", "Dans un atelier collectif"), ("presentation_detail", "Deux ateliers gratuits."),
                ("presentation_resume", "Passages prévus : mardi 12 janvier 2027 (14 h – 17 h), mardi 9 mars 2027 (9 h – 12 h et 14 h – 17 h)."),
            ],
            new[] { "nom", "commune", "code_postal", "code_insee", "adresse", "latitude", "longitude", "pivot", "telephone", "courriels", "itinerance",
                "structure_parente", "date_maj", "services", "frais_a_charge", "modalites_accompagnement", "presentation_detail", "presentation_resume" }
                .Select(c => (c, bus[c].Replace('\u00A0', ' ').Replace('\u202F', ' '))));
    }
}
