namespace Relais.Generator.Tests.Validate;

public sealed class PlaceValidationTests
{
    private const string ValidPlace = """
        -- content/lieux/epn.yml --
        nom: EPN de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        latitude: 47.1283
        longitude: 0.9958
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]

        """;

    [Fact]
    public void A_valid_place_binds_with_no_diagnostic()
    {
        using var site = TestSite.Create(ValidPlace);

        var (validated, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
        var place = Assert.Single(validated!.Places);
        Assert.Equal("epn", place.Slug);
        Assert.Equal("EPN de Loches", place.Name);
    }

    [Fact]
    public void An_unknown_commune_code_suggests_the_communes_of_the_postal_code()
    {
        using var site = TestSite.Create(ValidPlace.Replace("37132", "37999").Replace("37600", "37250"));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0201", "content/lieux/epn.yml:4:13", "37999", "« 37250 Sorigny »", "« 37154 Montbazon »");
    }

    [Fact]
    public void An_unknown_commune_code_says_where_to_find_one_and_names_the_communes_command()
    {
        using var site = TestSite.Create(ValidPlace.Edit("code_insee: \"37132\"", "code_insee: \"37999\""));

        var (_, diagnostics) = site.Validate();

        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0201", "content/lieux/epn.yml:4:13", "champ « code_insee »", "« 37999 » inconnu",
            "https://geo.api.gouv.fr/communes?nom=", "« code »", "communes --depuis");
        Assert.DoesNotContain("Sinon, ajoutez-la à ce fichier.", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postal_code_written_as_the_commune_code_gets_the_insee_code_of_its_commune()
    {
        using var site = TestSite.Create(ValidPlace.Edit("code_insee: \"37132\"", "code_insee: \"37600\""));

        var (_, diagnostics) = site.Validate();

        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0201", "content/lieux/epn.yml:4:13", "champ « code_insee »", "« 37600 » est un code postal",
            "« 37132 » (Loches)");
        Assert.DoesNotContain("Vouliez-vous dire", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_postal_code_of_two_communes_names_both_insee_codes()
    {
        using var site = TestSite.Create(ValidPlace.Edit("code_insee: \"37132\"", "code_insee: \"37250\"") + """
            -- content/communes.csv --
            code_insee,nom,codes_postaux,latitude,longitude,population,dep_code
            37132,Loches,37600,47.129,0.996,6300,37
            37251,Sorigny,37250,47.243,0.695,3000,37
            37154,Montbazon,37250,47.288,0.713,4200,37

            """);

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0201", "content/lieux/epn.yml:4:13", "« 37250 » est un code postal", "« 37154 » (Montbazon) ou « 37251 » (Sorigny)");
    }

    [Theory]
    [InlineData("2027-02-30", "le 30 février 2027 n'existe pas", "février a 28 jours")]
    [InlineData("2027-02-29", "le 29 février 2027 n'existe pas", "2027 n'est pas une année bissextile")]
    [InlineData("2026-04-31", "le 31 avril 2026 n'existe pas", "avril a 30 jours")]
    [InlineData("2026-13-01", "le mois 13 n'existe pas", "de 01 à 12")]
    public void An_impossible_date_in_the_right_format_says_the_day_does_not_exist(string date, string fault, string why)
    {
        using var site = TestSite.Create(ValidPlace.Edit("date_maj: 2026-10-01", $"date_maj: {date}"));

        var (_, diagnostics) = site.Validate();

        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0111", "content/lieux/epn.yml:7:11", "champ « date_maj »", $"« {date} »", fault, why);
        Assert.DoesNotContain("au format", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_postal_code_is_reported_inside_its_quotes()
    {
        using var site = TestSite.Create(ValidPlace.Edit("\"37600\"", "\"3760\""));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0106", "content/lieux/epn.yml:3:15", "code_postal", "« 3760 »", "5 chiffres");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_malformed_commune_code_is_told_apart_from_a_postal_code()
    {
        using var site = TestSite.Create(ValidPlace.Edit("\"37132\"", "\"3713\""));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0105", "content/lieux/epn.yml:4:14", "code_insee", "« 3713 »", "5 caractères", "code postal");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Coordinates_outside_France_are_reported_on_the_latitude()
    {
        using var site = TestSite.Create(ValidPlace.Edit("latitude: 47.1283", "latitude: 40.1283"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0107", "content/lieux/epn.yml:5:11", "latitude", "(40.1283, 0.9958)", "n'est pas en France");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Swapped_coordinates_are_reported_with_the_values_to_write()
    {
        using var site = TestSite.Create(ValidPlace.Edit("latitude: 47.1283\nlongitude: 0.9958", "latitude: 0.9958\nlongitude: 47.1283"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0108", "content/lieux/epn.yml:5:11", "inversées", "latitude: 47.1283", "longitude: 0.9958");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_latitude_without_its_longitude_is_reported()
    {
        using var site = TestSite.Create(ValidPlace.Edit("longitude: 0.9958\n", ""));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0101", "content/lieux/epn.yml:5:1", "« longitude » manque", "« latitude » est donné");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Opening_hours_that_do_not_parse_point_into_the_string()
    {
        // « horaires: " » is 11 characters: the value starts in column 12, « 9h » six further.
        using var site = TestSite.Create(ValidPlace + "horaires: \"Mo-Fr 9h-12h\"\n");

        var (_, diagnostics) = site.Validate();

        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0110", "content/lieux/epn.yml:9:18", "horaires", "« 9h »", "« 09:00 »");
        Assert.Equal(20, diagnostic.Span.EndColumn);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Opening_hours_typed_leniently_are_kept_with_a_warning_that_shows_the_osm_form()
    {
        // « horaires: " » is 11 characters: the value starts in column 12, at « mo ».
        using var site = TestSite.Create(ValidPlace + "horaires: \"mo-fr 9:00-12:00 14:00-17:00\"\n");

        var (validated, diagnostics) = site.Validate();

        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0313", "content/lieux/epn.yml:9:12", "horaires",
            "« mo » s'écrit « Mo »", "« 9:00 » s'écrit « 09:00 »", "une virgule entre deux plages", "écrivez « Mo-Fr 09:00-12:00,14:00-17:00 »");
        Assert.Equal(Relais.Generator.Diagnostics.Severity.Warning, diagnostic.Descriptor.Severity);
        Assert.Equal(14, diagnostic.Span.EndColumn);
        Assert.Single(diagnostics);
        Assert.Equal("09:00-12:00,14:00-17:00", string.Join(",", validated!.Places[0].Hours!.Week()[0].Times));
    }

    [Fact]
    public void The_lenient_warning_points_at_the_first_part_to_fix()
    {
        // The space between the spans (column 29) comes before « sa » (column 41).
        using var site = TestSite.Create(ValidPlace + "horaires: \"Mo-Fr 09:00-12:00 14:00-17:00; sa 10:00-12:00\"\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0313", "content/lieux/epn.yml:9:29", "écrivez « Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00 »");
    }

    [Theory]
    [InlineData("Mo-Fr 09:00-12:00; SH off", 31, "« SH »", "écrivez les dates de l'année")]
    [InlineData("easter off", 12, "« easter »", "« PH off »")]
    [InlineData("Mo-Fr sunrise-18:00", 18, "« sunrise »", "des heures fixes")]
    public void Unsupported_opening_hours_say_what_to_write_instead(string hours, int column, string part, string instead)
    {
        using var site = TestSite.Create(ValidPlace + $"horaires: \"{hours}\"\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0110", $"content/lieux/epn.yml:9:{column}", "horaires", part, instead);
    }

    [Fact]
    public void A_french_date_gets_its_iso_form()
    {
        using var site = TestSite.Create(ValidPlace.Edit("date_maj: 2026-10-01", "date_maj: 01/10/2026"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0111", "content/lieux/epn.yml:7:11", "date_maj", "« 01/10/2026 »", "« 2026-10-01 »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_verification_date_in_the_future_is_refused()
    {
        using var site = TestSite.Create(ValidPlace.Edit("date_maj: 2026-10-01", "date_maj: 2026-12-01"));

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0111", "content/lieux/epn.yml:7:11", "« 2026-12-01 »", "dans le futur");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_phone_not_in_french_format_is_reported_with_the_expected_form()
    {
        // As in the README's example.
        using var site = TestSite.Create(ValidPlace + "telephone: \"02 47 00\"\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0114", "content/lieux/epn.yml:9:13", "champ « telephone »", "« 02 47 00 »", "« 02 47 12 34 56 »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_script_address_is_refused_as_a_website()
    {
        using var site = TestSite.Create(ValidPlace + "site_web: [\"https://exemple.org/\", javascript:alert(1)]\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0116", "content/lieux/epn.yml:9:36", "site_web", "« javascript:alert(1) »", "« https:// »");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_malformed_email_is_reported()
    {
        using var site = TestSite.Create(ValidPlace + "courriels: [epn.example.org]\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0115", "content/lieux/epn.yml:9:13", "courriels", "« epn.example.org »", "nom@domaine.fr");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_siret_with_a_wrong_check_digit_is_reported()
    {
        // 732 829 320 00074 is a valid SIRET; the last digit changed breaks its Luhn key.
        using var site = TestSite.Create(ValidPlace + "pivot: \"73282932000075\"\n");

        var (_, diagnostics) = site.Validate();

        DiagnosticAssert.Single(diagnostics, "OFF0118", "content/lieux/epn.yml:9:8", "« 73282932000075 »", "clé de contrôle", "SIRET");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Data_verified_more_than_a_year_ago_is_a_warning()
    {
        using var site = TestSite.Create(ValidPlace.Edit("date_maj: 2026-10-01", "date_maj: 2025-11-23"));

        var (validated, diagnostics) = site.Validate();

        Assert.NotNull(validated);
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0301", "content/lieux/epn.yml:7:11", "date_maj", "2025-11-23", "plus d'un an");
        Assert.False(diagnostic.IsError);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Data_verified_exactly_a_year_ago_is_not_stale()
    {
        using var site = TestSite.Create(ValidPlace.Edit("date_maj: 2026-10-01", "date_maj: 2025-11-24"));

        var (_, diagnostics) = site.Validate();

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_postal_code_of_another_commune_is_a_warning_listing_the_right_ones()
    {
        using var site = TestSite.Create(ValidPlace.Edit("\"37600\"", "\"37250\""));

        var (validated, diagnostics) = site.Validate();

        Assert.NotNull(validated);
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0304", "content/lieux/epn.yml:3:14", "« 37250 »", "Loches", "(37600)");
        Assert.False(diagnostic.IsError);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_place_more_than_30_km_from_its_commune_is_an_error_giving_both_positions_and_what_to_do()
    {
        // Orléans, about 110 km from Loches.
        using var site = TestSite.Create(ValidPlace.Edit("latitude: 47.1283\nlongitude: 0.9958", "latitude: 47.9029\nlongitude: 1.9093"));

        var (validated, diagnostics) = site.Validate();

        Assert.Null(validated);
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0126", "content/lieux/epn.yml:5:11",
            "(47.9029, 1.9093)", "du centre de Loches (47.129, 0.996)", "plus de 30 km", "aide la plus proche", "retirez latitude et longitude");
        Assert.True(diagnostic.IsError);
        Assert.Matches(@"à 1[01]\d km", diagnostic.Message);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_place_between_25_and_30_km_from_its_commune_is_only_a_warning()
    {
        // 0.25° of latitude north of Loches' centre: about 28 km.
        using var site = TestSite.Create(ValidPlace.Edit("latitude: 47.1283\nlongitude: 0.9958", "latitude: 47.379\nlongitude: 0.996"));

        var (validated, diagnostics) = site.Validate();

        Assert.NotNull(validated);
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0305", "content/lieux/epn.yml:5:11", "(47.379, 0.996)", "à 28 km du centre de Loches");
        Assert.False(diagnostic.IsError);
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Overseas_a_place_far_from_its_commune_centre_is_not_an_error()
    {
        // Maripasoula (Guyane) spans 18,000 km²: a place 40 km from its centre can be right.
        using var site = TestSite.Create("""
            -- content/communes.csv --
            code_insee,nom,codes_postaux,latitude,longitude,population,dep_code
            97353,Maripasoula,97370,3.640,-54.028,11000,973
            -- statiq.json --
            { "titre": "Site de test", "description": "Un site pour les tests.", "url_de_base": "https://test.example.org/",
              "departements": ["973"], "rayon_proximite_km": 15, "langue": "fr-FR", "fuseau_horaire": "America/Cayenne" }
            -- content/lieux/epn.yml --
            nom: Antenne numérique de Maripasoula
            adresse: Bourg de Twenké
            code_postal: "97370"
            code_insee: "97353"
            latitude: 3.300
            longitude: -54.100
            date_maj: 2026-10-01
            services: [Maîtrise des outils numériques du quotidien]

            """);

        var (validated, diagnostics) = site.Validate();

        Assert.NotNull(validated);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        DiagnosticAssert.Single(diagnostics, "OFF0305", "content/lieux/epn.yml:5:11", "(3.3, -54.1)", "du centre de Maripasoula");
    }

    [Fact]
    public void A_bus_stop_far_from_its_commune_stays_a_warning()
    {
        // The error is a place's: a stop's point only moves one visit's map.
        using var site = TestSite.Create("""
            -- content/tournees/bus.yml --
            nom: Bus de test
            operateur: Solution Vie Pratique
            places: 12
            seances_par_defaut: ["09:00-12:00"]
            arrets:
              - date: 2026-12-01
                code_insee: "37132"
                lieu: Place du Marché
                latitude: 47.9029
                longitude: 1.9093
                inscription: { aupres_de: Mairie de Loches, telephone: "02 47 59 00 00" }
                statut: confirme

            """);

        var (validated, diagnostics) = site.Validate();

        Assert.NotNull(validated);
        Assert.False(DiagnosticAssert.Single(diagnostics, "OFF0305", "content/tournees/bus.yml:9:15", "km du centre de Loches").IsError);
    }

    [Fact]
    public void A_place_without_coordinates_is_put_at_its_commune_centre_with_a_warning()
    {
        using var site = TestSite.Create(ValidPlace.Edit("latitude: 47.1283\nlongitude: 0.9958\n", ""));

        var (validated, diagnostics) = site.Validate();

        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0306", "content/lieux/epn.yml:1:1", "centre de Loches", "Ajoutez latitude et longitude");
        Assert.False(diagnostic.IsError);
        Assert.Single(diagnostics);
        var place = Assert.Single(validated!.Places);
        Assert.True(place.LocationIsCommuneCentre);
        Assert.Equal(new Relais.Model.GeoPoint(47.129, 0.996), place.Location);
    }
}
