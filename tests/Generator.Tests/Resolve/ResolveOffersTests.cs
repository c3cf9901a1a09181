using System.Globalization;
using Relais.Generator.Resolve;
using Relais.Generator.Tests.SampleSite;
using Relais.Model;
using Relais.Model.Resolved;
using Relais.Model.Values;

namespace Relais.Generator.Tests.Resolve;

/// <summary>
/// Nearest offers on a tiny geography: Loches, Sorigny and Montbazon (Sorigny and Montbazon 5 km
/// apart, both about 25 km from Loches), two places in Loches, one in Sorigny, one in Montbazon.
/// </summary>
public sealed class ResolveOffersTests
{
    private static readonly (double, double) LochesCentre = (47.129, 0.996);
    private static readonly (double, double) SorignyCentre = (47.243, 0.695);
    private static readonly (double, double) MontbazonCentre = (47.288, 0.713);

    private const string Geography = """
        -- content/communes.csv --
        code_insee,nom,codes_postaux,latitude,longitude,population,dep_code
        37132,Loches,37600,47.129,0.996,6300,37
        37250,Sorigny,37250,47.243,0.695,3000,37
        37154,Montbazon,37250,47.288,0.713,4200,37
        -- content/lieux/epn-loches.yml --
        nom: EPN de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        latitude: 47.1283
        longitude: 0.9958
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien, Accès internet et matériel informatique]
        -- content/lieux/france-services-loches.yml --
        nom: France Services Loches
        adresse: 12 avenue de la Gare
        code_postal: "37600"
        code_insee: "37132"
        latitude: 47.131
        longitude: 0.990
        date_maj: 2026-10-01
        services: [Aide aux démarches administratives]
        -- content/lieux/mairie-sorigny.yml --
        nom: Mairie de Sorigny
        adresse: 5 place de la Mairie
        code_postal: "37250"
        code_insee: "37250"
        latitude: 47.2441
        longitude: 0.6961
        date_maj: 2026-10-01
        services: [Accès internet et matériel informatique, Aide aux démarches administratives]
        -- content/lieux/mediatheque-montbazon.yml --
        nom: Médiathèque de Montbazon
        adresse: 1 rue de la Poste
        code_postal: "37250"
        code_insee: "37154"
        latitude: 47.289
        longitude: 0.714
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        -- content/ateliers/loches-hiver.md --
        ---
        titre: Ateliers d'hiver à Loches
        organisateur: epn-loches
        lieu: Médiathèque
        code_insee: "37132"
        niveau: debutant
        places: 8
        dates: [{ date: 2026-12-02, horaire: "14:00-16:00" }, { date: 2027-01-06, horaire: "14:00-16:00" }]
        frais_a_charge: [Gratuit]
        ---
        Programme.
        -- content/ateliers/montbazon-automne.md --
        ---
        titre: Ateliers d'automne à Montbazon
        organisateur: mediatheque-montbazon
        lieu: Médiathèque
        code_insee: "37154"
        niveau: debutant
        places: 8
        dates: [{ date: 2026-10-07, horaire: "14:00-16:00" }, { date: 2026-10-14, horaire: "14:00-16:00" }]
        frais_a_charge: [Gratuit]
        ---
        Programme.
        -- content/tournees/bus.yml --
        nom: Bus de test
        operateur: Solution Vie Pratique
        places: 12
        seances_par_defaut: ["09:00-12:00", "14:00-17:00"]
        arrets:
          - date: 2026-11-10
            code_insee: "37250"
            lieu: Place de l'Église
            statut: confirme
          - date: 2026-12-01
            code_insee: "37132"
            lieu: Place du Marché
            statut: confirme
          - date: 2027-01-12
            code_insee: "37154"
            lieu: Place de la Mairie
            statut: confirme
          - date: 2027-03-09
            code_insee: "37250"
            lieu: Place de l'Église
            statut: confirme

        """;

    private static ResolvedSite Resolve(string files)
    {
        using var site = TestSite.Create(files);
        var (validated, diagnostics) = site.Validate();
        Assert.True(validated is not null, string.Join("\n", diagnostics));
        return ResolveOffers.Run(validated, TestSite.Today);
    }

    private static CommuneOffers OffersOf(ResolvedSite site, string code) => site.OffersByCommune[new CodeInsee(code)];

    private static (double, double) At(Place place) => (place.Location.Latitude, place.Location.Longitude);

    [Fact]
    public void A_commune_lists_first_the_free_help_that_serves_seniors_then_the_rest_each_nearest_first()
    {
        // Given, in Loches, a paid coworking space at the very centre, and the France Services (free) and EPN (free) a little farther
        var files = Geography
            .Edit("longitude: 0.990\ndate_maj: 2026-10-01\n", "longitude: 0.990\ndate_maj: 2026-10-01\ntypologie: [RFS]\nfrais_a_charge: [Gratuit]\n")
            .Edit("longitude: 0.9958\ndate_maj: 2026-10-01\n", "longitude: 0.9958\ndate_maj: 2026-10-01\ntypologie: [EPN]\nfrais_a_charge: [Gratuit]\n")
            + """
            -- content/lieux/coworking-loches.yml --
            nom: Espace de coworking de Loches
            adresse: 1 place du Marché
            code_postal: "37600"
            code_insee: "37132"
            latitude: 47.129
            longitude: 0.996
            date_maj: 2026-10-01
            typologie: [TIERS_LIEUX]
            frais_a_charge: [Payant]
            services: [Accès internet et matériel informatique]

            """;
        var offers = OffersOf(Resolve(files), "37132");

        // Then France Services and the EPN come first, nearest first; the coworking space after them, though nearest of all
        var slugs = offers.Places.Where(p => p.DistanceKm <= offers.RadiusKm).Select(p => p.Item.Slug).ToList();
        var served = slugs.TakeWhile(s => s is "france-services-loches" or "epn-loches").ToList();
        Assert.Equal(2, served.Count);
        var km = offers.Places.Take(2).Select(p => p.DistanceKm).ToList();
        Assert.True(km[0] <= km[1], "the places that serve seniors are nearest first");
        Assert.True(slugs.IndexOf("coworking-loches") > 1);
        // and « the nearest help » is still the nearest of all
        Assert.Equal("coworking-loches", offers.NearestPlace!.Item.Slug);
    }

    [Theory]
    [InlineData("37154", HelpKind.Procedures, "mairie-sorigny")]
    [InlineData("37154", HelpKind.Learning, "mediatheque-montbazon")]
    [InlineData("37154", HelpKind.Equipment, "mairie-sorigny")]
    [InlineData("37132", HelpKind.Procedures, "france-services-loches")]
    [InlineData("37132", HelpKind.Learning, "epn-loches")]
    [InlineData("37132", HelpKind.Equipment, "epn-loches")]
    [InlineData("37250", HelpKind.Learning, "mediatheque-montbazon")]
    public void Each_commune_gets_the_nearest_place_of_each_kind(string commune, HelpKind kind, string expected)
    {
        var site = Resolve(Geography);

        var offers = OffersOf(site, commune);

        var (_, nearest) = Assert.Single(offers.NearestByKind, k => k.Kind == kind);
        Assert.Equal(expected, nearest.Item.Slug);
        var centre = offers.Commune.Location;
        Assert.Equal(Haversine.Km((centre.Latitude, centre.Longitude), At(nearest.Item)), nearest.DistanceKm, 9);
    }

    [Fact]
    public void A_commune_lists_the_places_within_the_radius_and_at_least_three_however_far()
    {
        // Given a 15 km radius: Loches has two places within it, the others are about 25 km away
        var site = Resolve(Geography);

        var places = OffersOf(site, "37132").Places;

        // Then it lists its two and the nearest of the others, nearest first
        var sorigny = Haversine.Km(LochesCentre, (47.2441, 0.6961));
        var montbazon = Haversine.Km(LochesCentre, (47.289, 0.714));
        Assert.True(Math.Min(sorigny, montbazon) > 15);
        Assert.Equal(ResolveOffers.MinimumNearest, places.Count);
        Assert.Equal(["epn-loches", "france-services-loches"], places.Take(2).Select(p => p.Item.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(sorigny < montbazon ? "mairie-sorigny" : "mediatheque-montbazon", places[2].Item.Slug);
        Assert.Equal(places.OrderBy(p => p.DistanceKm), places);
    }

    [Fact]
    public void A_wider_radius_lists_every_place_within_it()
    {
        // Given a 40 km radius, which holds all four places seen from Loches
        var wide = Geography + """
            -- statiq.json --
            {
              "titre": "Site de test",
              "description": "Un site pour les tests.",
              "url_de_base": "https://test.example.org/",
              "departements": ["37"],
              "rayon_proximite_km": 40,
              "langue": "fr-FR",
              "fuseau_horaire": "Europe/Paris"
            }
            """;
        var site = Resolve(wide);

        var places = OffersOf(site, "37132").Places;

        Assert.Equal(4, places.Count);
        Assert.All(places, p => Assert.True(p.DistanceKm <= 40));
        Assert.Equal(places.OrderBy(p => p.DistanceKm), places);
    }

    [Fact]
    public void A_communes_own_visits_come_first_then_those_within_the_radius_soonest_first_and_past_ones_apart_latest_first()
    {
        // Given Sorigny: its own visits (one past, one to come), Montbazon's 5 km away, Loches' 25 km away
        var site = Resolve(Geography);

        var offers = OffersOf(site, "37250");

        // Then the commune's own visit to come is first, though later, and marked as in the commune; then those within the radius, soonest first
        Assert.Equal(
            [(new DateOnly(2027, 3, 9), "Sorigny", true), (new DateOnly(2027, 1, 12), "Montbazon", false)],
            offers.UpcomingVisits.Select(v => (v.Item.Stop.Date, v.Item.Commune.Name, v.InCommune)));
        Assert.Equal(Haversine.Km(SorignyCentre, MontbazonCentre), offers.UpcomingVisits[1].DistanceKm, 9);
        // and it is the commune's next visit, wherever it is shown
        Assert.Equal(new DateOnly(2027, 3, 9), offers.NextVisit!.Item.Stop.Date);
        // and the past one is kept apart
        Assert.Equal([new DateOnly(2026, 11, 10)], offers.PastVisits.Select(v => v.Item.Stop.Date));
        Assert.DoesNotContain(offers.UpcomingVisits.Concat(offers.PastVisits), v => v.Item.Commune.Name == "Loches");
    }

    [Fact]
    public void Workshops_whose_sessions_are_all_past_are_not_offered_and_none_beyond_the_radius_is_near()
    {
        var site = Resolve(Geography);

        // Montbazon's own workshop ended in October; Loches' is the only one left, 26 km away
        var offers = OffersOf(site, "37154");

        // Then none is near, and Loches' is named as the nearest, with its distance
        Assert.Empty(offers.Workshops);
        Assert.Equal("loches-hiver", offers.NearestWorkshop!.Item.Slug);
        Assert.Equal(Haversine.Km(MontbazonCentre, (47.129, 0.996)), offers.NearestWorkshop.DistanceKm, 9);
        Assert.False(offers.HasPoster && offers.NextVisit is null, "a workshop beyond the radius gave the commune a poster");
    }

    [Fact]
    public void After_a_visit_the_next_steps_are_the_nearest_places_and_no_workshop_beyond_the_radius()
    {
        // Given the past visit to Sorigny
        var site = Resolve(Geography);
        var visit = site.Visits.Single(v => v.Stop.Date == new DateOnly(2026, 11, 10));

        var next = visit.NextSteps;

        // Then all four places (fewer than five), nearest first, from where the bus stood
        Assert.Equal(
            site.Places.OrderBy(p => Haversine.Km(SorignyCentre, At(p))).Select(p => p.Slug),
            next.Places.Select(p => p.Item.Slug));
        Assert.All(next.Places, p => Assert.Equal(Haversine.Km(SorignyCentre, At(p.Item)), p.DistanceKm, 9));
        // and no workshop: the finished one in Montbazon is not named, and the one to come is 25 km away, beyond the radius
        Assert.Empty(next.Workshops);
    }

    [Fact]
    public void After_a_visit_the_next_steps_keep_the_nearest_place_for_online_procedures_behind_five_nearer_ones()
    {
        // Given five places near Sorigny that teach, and the only help with procedures farther away
        var teaching = string.Concat(Enumerable.Range(1, 5).Select(i => $"""
            -- content/lieux/cours-{i}.yml --
            nom: Cours {i}
            adresse: {i} rue de l'École
            code_postal: "37250"
            code_insee: "37250"
            latitude: {(47.243 + i * 0.001).ToString("0.000", CultureInfo.InvariantCulture)}
            longitude: 0.695
            date_maj: 2026-10-01
            services: [Maîtrise des outils numériques du quotidien]

            """));
        var site = Resolve("""
            -- content/communes.csv --
            code_insee,nom,codes_postaux,latitude,longitude,population,dep_code
            37132,Loches,37600,47.129,0.996,6300,37
            37250,Sorigny,37250,47.243,0.695,3000,37
            -- content/lieux/france-services-loches.yml --
            nom: France Services Loches
            adresse: 12 avenue de la Gare
            code_postal: "37600"
            code_insee: "37132"
            date_maj: 2026-10-01
            services: [Aide aux démarches administratives]
            -- content/tournees/bus.yml --
            nom: Bus de test
            operateur: Solution Vie Pratique
            places: 12
            seances_par_defaut: ["09:00-12:00"]
            arrets:
              - date: 2026-11-10
                code_insee: "37250"
                lieu: Place de l'Église
                statut: confirme

            """ + teaching);

        var next = Assert.Single(site.Visits).NextSteps;

        // Then the five places named include the one for procedures
        Assert.Equal(ResolveOffers.NextStepPlaces, next.Places.Count);
        Assert.Contains(next.Places, p => p.Item.Slug == "france-services-loches");
        Assert.Equal(next.Places.OrderBy(p => p.DistanceKm), next.Places);
    }
}
