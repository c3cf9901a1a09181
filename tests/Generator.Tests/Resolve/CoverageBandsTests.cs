using Relais.Generator.Resolve;
using Relais.Model.Resolved;
using Relais.Model.Values;

namespace Relais.Generator.Tests.Resolve;

/// <summary>
/// Distance bands on a territory laid along the meridian 1° E, where a distance is the difference of
/// latitude times 111.195 km (GreatCircle's sphere), so every figure is computed by hand:
/// A 47.00 (1,000 people), B 47.10 (2,000), C 47.30 (3,000), D 47.45 (4,000) in department 37, and
/// E 47.60 (500) in department 65. A France Services at A's centre, an EPN at B's, a workshop in C
/// next month, a help bus's permanence in E next month; and what must not count: a workshop in D four
/// months ahead, a permanence in D cancelled.
/// </summary>
public sealed class CoverageBandsTests
{
    private const double KmPerDegree = 111.195;

    private const string Territory = """
        -- content/communes.csv --
        code_insee,nom,codes_postaux,latitude,longitude,population,dep_code
        37001,Aval,37001,47.00,1.0,1000,37
        37002,Bourg,37002,47.10,1.0,2000,37
        37003,Cormes,37003,47.30,1.0,3000,37
        37004,Dolus,37004,47.45,1.0,4000,37
        65001,Espès,65001,47.60,1.0,500,65
        -- content/lieux/france-services-aval.yml --
        nom: France Services d'Aval
        adresse: 1 place de la Mairie
        code_postal: "37001"
        code_insee: "37001"
        latitude: 47.00
        longitude: 1.0
        date_maj: 2026-10-01
        typologie: [RFS]
        services: [Aide aux démarches administratives]
        -- content/lieux/epn-bourg.yml --
        nom: EPN de Bourg
        adresse: 2 rue de l'École
        code_postal: "37002"
        code_insee: "37002"
        latitude: 47.10
        longitude: 1.0
        date_maj: 2026-10-01
        typologie: [EPN]
        services: [Maîtrise des outils numériques du quotidien]
        -- content/ateliers/cormes.md --
        ---
        titre: Ateliers à Cormes
        organisateur: epn-bourg
        lieu: Salle des fêtes
        code_insee: "37003"
        latitude: 47.30
        longitude: 1.0
        niveau: debutant
        places: 8
        dates: [{ date: 2026-12-15, horaire: "14:00-16:00" }]
        frais_a_charge: [Gratuit]
        ---
        Programme.
        -- content/ateliers/dolus-printemps.md --
        ---
        titre: Ateliers de printemps à Dolus
        organisateur: epn-bourg
        lieu: Salle des fêtes
        code_insee: "37004"
        latitude: 47.45
        longitude: 1.0
        niveau: debutant
        places: 8
        dates: [{ date: 2027-04-06, horaire: "14:00-16:00" }]
        frais_a_charge: [Gratuit]
        ---
        Programme.
        -- content/tournees/permanences.yml --
        nom: Bus des démarches
        operateur: Association
        format: permanence
        accueil: sans_rendez_vous
        seances_par_defaut: ["09:30-12:00"]
        arrets:
          - date: 2026-12-10
            code_insee: "65001"
            lieu: Devant la mairie
            latitude: 47.60
            longitude: 1.0
            statut: confirme
          - date: 2026-12-11
            code_insee: "37004"
            lieu: Devant la mairie
            latitude: 47.45
            longitude: 1.0
            statut: annule
            motif_annulation: panne du bus
        """;

    private static ResolvedSite Resolve(string files)
    {
        using var site = TestSite.Create(files);
        var (validated, diagnostics) = site.Validate();
        Assert.True(validated is not null, string.Join("\n", diagnostics));
        return ResolveOffers.Run(validated, TestSite.Today);
    }

    /// <summary>The test site's statiq.json with <paramref name="keys"/> added.</summary>
    private static string Settings(string keys) =>
        TestSite.Base[..TestSite.Base.IndexOf("-- content/communes.csv --", StringComparison.Ordinal)]
            .Replace("\"fuseau_horaire\": \"Europe/Paris\"", "\"fuseau_horaire\": \"Europe/Paris\",\n  " + keys, StringComparison.Ordinal);

    private static double? Degrees(double? degrees) => degrees * KmPerDegree;

    [Theory]
    // commune, France Services, EPN or library, workshop, permanence, any (in degrees of latitude)
    [InlineData("37001", 0.00, 0.10, 0.30, 0.60, 0.00)]
    [InlineData("37002", 0.10, 0.00, 0.20, 0.50, 0.00)]
    [InlineData("37003", 0.30, 0.20, 0.00, 0.30, 0.00)]
    [InlineData("37004", 0.45, 0.35, 0.15, 0.15, 0.15)]
    [InlineData("65001", 0.60, 0.50, 0.30, 0.00, 0.00)]
    public void Each_commune_is_as_far_from_each_kind_of_help_as_computed_by_hand(string code, double fs, double epn, double workshop, double permanence, double any)
    {
        var reach = Resolve(Territory).Coverage.Reach.Single(r => r.Commune.Code == new CodeInsee(code));

        Assert.Equal(Degrees(fs)!.Value, reach.Km(HelpSource.FranceServices)!.Value, 2);
        Assert.Equal(Degrees(epn)!.Value, reach.Km(HelpSource.EpnOrLibrary)!.Value, 2);
        Assert.Equal(Degrees(workshop)!.Value, reach.Km(HelpSource.Workshop)!.Value, 2);
        Assert.Equal(Degrees(permanence)!.Value, reach.Km(HelpSource.Permanence)!.Value, 2);
        Assert.Null(reach.Km(HelpSource.DigitalAdvisor)); // no place of the programme at all
        Assert.Equal(Degrees(any)!.Value, reach.AnyKm!.Value, 2);
    }

    [Fact]
    public void The_communes_and_people_beyond_each_band_are_counted_per_department_and_for_the_site()
    {
        var coverage = Resolve(Territory).Coverage;

        // Only Dolus is away from help: 16.7 km, beyond 10 and 15 km, within 20.
        Assert.Equal([(10.0, 1, 4000L), (15.0, 1, 4000L), (20.0, 0, 0L)], coverage.Whole.Beyond.Select(b => (b.Km, b.Communes, b.Population)));
        Assert.Equal((5, 10_500L), (coverage.Whole.Communes, coverage.Whole.Population));
        var touraine = coverage.Departments.Single(d => d.Department!.Code == "37");
        Assert.Equal((4, 10_000L, 1, 4000L), (touraine.Communes, touraine.Population, touraine.Beyond[0].Communes, touraine.Beyond[0].Population));
        var pyrenees = coverage.Departments.Single(d => d.Department!.Code == "65");
        Assert.All(pyrenees.Beyond, b => Assert.Equal(0, b.Communes));
        Assert.Equal(["Hautes-Pyrénées", "Indre-et-Loire"], coverage.Departments.Select(d => d.Department!.Name));
    }

    [Fact]
    public void The_bands_are_those_of_statiq_json()
    {
        var files = Territory + "\n" + Settings("\"seuils_couverture_km\": [5, 16.5, 17]");

        var bands = Resolve(files).Coverage.Whole.Beyond;

        Assert.Equal([(5.0, 1), (16.5, 1), (17.0, 0)], bands.Select(b => (b.Km, b.Communes)));
    }

    [Fact]
    public void Each_commune_has_the_band_of_its_distance_to_any_help()
    {
        // Dolus, 16.7 km from help: beyond 10 and 15 km, within 20, so band 2 of [10, 15, 20]; the others at 0 km, band 0;
        var reach = Resolve(Territory).Coverage.Reach;
        Assert.Equal([0, 0, 0, 2, 0], reach.Select(r => r.Band));

        // and with the bands [5, 16.5, 17], between the last two: band 2, said with the limits as written.
        var other = Resolve(Territory + "\n" + Settings("\"seuils_couverture_km\": [5, 16.5, 17]")).Coverage.Reach;
        Assert.Equal(2, other.Single(r => r.Commune.Code == new CodeInsee("37004")).Band);
        Assert.Equal("de 16,5\u00A0km à 17\u00A0km", DistanceBands.Label([5, 16.5, 17], 2));
        Assert.Equal("à plus de 17\u00A0km ou sans aide", DistanceBands.Label([5, 16.5, 17], 3));
        Assert.Equal("à 5\u00A0km ou moins", DistanceBands.Label([5, 16.5, 17], 0));
    }

    [Theory]
    [InlineData("[20, 10]", "croissant")]
    [InlineData("[0]", "de 1 à 200 km")]
    [InlineData("[\"dix\"]", "de 1 à 200 km")]
    [InlineData("[5, 10, 15, 20, 25, 30]", "cinq au plus")]
    public void Wrong_bands_are_refused_in_French_at_their_place(string bands, string says)
    {
        using var site = TestSite.Create(Settings($"\"seuils_couverture_km\": {bands}"));
        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("statiq.json", error.Span.File);
        Assert.Equal("seuils_couverture_km", error.Field);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    private const string PastVisits = """

        -- content/tournees/bus-ateliers.yml --
        nom: Bus des ateliers
        operateur: Association
        places: 10
        seances_par_defaut: ["14:00-17:00"]
        arrets:
          - date: 2026-05-12
            code_insee: "37002"
            lieu: Place de l'Église
            statut: confirme
          - date: 2025-03-04
            code_insee: "37003"
            lieu: Place de l'Église
            statut: confirme
        """;

    [Fact]
    public void The_next_stops_rank_far_and_populous_communes_first_ties_to_the_larger_leaving_out_those_planned_or_visited_within_a_year()
    {
        var next = Resolve(Territory + PastVisits).Coverage.NextStops;

        // Espès has a permanence to come, Bourg a visit six months ago: neither is ranked. Dolus's visit
        // is cancelled, so the bus is not planned there. By hand, with both weights 1 and pmax = 4,000:
        // Dolus (0.15 × 111.195 / 50) × 1 = 0.3336; Cormes and Aval have help in them (0 km): 0, the larger first.
        Assert.Equal(["Dolus", "Cormes", "Aval"], next.Select(c => c.Commune.Name));
        Assert.Equal([0.3336, 0.0, 0.0], next.Select(c => Math.Round(c.Score, 4)));
        Assert.Equal(new DateOnly(2025, 3, 4), next[1].LastVisit);
        Assert.Null(next[0].LastVisit);
    }

    [Fact]
    public void The_ranking_weights_are_those_of_statiq_json()
    {
        var files = Territory + PastVisits + "\n" + Settings("\"poids_distance_bus\": 0, \"poids_habitants_bus\": 1");

        var next = Resolve(files).Coverage.NextStops;

        // People alone: ln(1 + p) / ln 4,001, so Dolus 1, Cormes ln 3,001 / ln 4,001 = 0.9653, Aval ln 1,001 / ln 4,001 = 0.8330.
        Assert.Equal(["Dolus", "Cormes", "Aval"], next.Select(c => c.Commune.Name));
        Assert.Equal([1.0, 0.9653, 0.8330], next.Select(c => Math.Round(c.Score, 4)));
    }

    [Fact]
    public void Where_every_commune_has_its_people_over_60_the_ranking_counts_them()
    {
        // Aval is the oldest: 900 of its 1,000 are over 60; Cormes has 300 of 3,000, Dolus 400 of 4,000.
        var files = Territory.Replace("population,dep_code\n", "population,dep_code,population_60_ans_et_plus\n", StringComparison.Ordinal)
            .Replace("1000,37\n", "1000,37,900\n", StringComparison.Ordinal).Replace("2000,37\n", "2000,37,100\n", StringComparison.Ordinal)
            .Replace("3000,37\n", "3000,37,300\n", StringComparison.Ordinal).Replace("4000,37\n", "4000,37,400\n", StringComparison.Ordinal)
            .Replace("500,65\n", "500,65,200\n", StringComparison.Ordinal)
            + PastVisits + "\n" + Settings("\"poids_distance_bus\": 0, \"poids_habitants_bus\": 1");

        var coverage = Resolve(files).Coverage;

        // People over 60 alone: ln(1 + p) / ln 901, so Aval 1, Dolus ln 401 / ln 901 = 0.8810, Cormes ln 301 / ln 901 = 0.8388.
        Assert.True(coverage.NextStopsCountOver60);
        Assert.Equal(["Aval", "Dolus", "Cormes"], coverage.NextStops.Select(c => c.Commune.Name));
        Assert.Equal([1.0, 0.8810, 0.8388], coverage.NextStops.Select(c => Math.Round(c.Score, 4)));
        Assert.False(Resolve(Territory + PastVisits).Coverage.NextStopsCountOver60);
    }
}
