using AngleSharp.Html.Parser;
using Relais.Generator.Resolve;
using Relais.Model.Resolved;

namespace Relais.Generator.Tests.Resolve;

/// <summary>
/// Follow-up after each visit, on a territory laid along the meridian 1° E, where a distance is the
/// difference of latitude times 111.195 km (GreatCircle's sphere), so every figure is computed by
/// hand; the radius is 15 km (0.1349°). One place of help, France Services at Aval (47.00). In March
/// the workshop bus stopped at Dolus on the 9th (48.10; a workshop there that day, and three months
/// and a day later), Bourg on the 10th (47.10, 11.12 km from the place), Brèche on the 11th (47.14,
/// 15.57 km: beyond the radius) and Cormes on the 12th (47.60; a workshop there exactly three months
/// later); it was cancelled at Bourg in February and comes back
/// there next month. The permanence bus stopped at Espès (48.60, department 65) on 1 April, was
/// cancelled there on 1 May, and stopped at Fos (48.70, department 37, 11.12 km from Espès) on 15 June.
/// </summary>
public sealed class FollowUpTests
{
    private const double KmPerDegree = 111.195;

    private const string Territory = """
        -- content/communes.csv --
        code_insee,nom,codes_postaux,latitude,longitude,population,dep_code
        37001,Aval,37001,47.00,1.0,1000,37
        37002,Bourg,37002,47.10,1.0,2000,37
        37003,Brèche,37003,47.14,1.0,300,37
        37004,Cormes,37004,47.60,1.0,3000,37
        37005,Dolus,37005,48.10,1.0,4000,37
        65001,Espès,65001,48.60,1.0,500,65
        37006,Fos,37006,48.70,1.0,700,37
        -- content/lieux/france-services-aval.yml --
        nom: France Services d'Aval
        adresse: 1 place de la Mairie
        code_postal: "37001"
        code_insee: "37001"
        latitude: 47.00
        longitude: 1.0
        telephone: "+33247000000"
        date_maj: 2026-10-01
        typologie: [RFS]
        services: [Aide aux démarches administratives]
        -- content/ateliers/cormes.md --
        ---
        titre: Ateliers à Cormes
        organisateur: france-services-aval
        lieu: Salle des fêtes
        code_insee: "37004"
        latitude: 47.60
        longitude: 1.0
        niveau: debutant
        places: 8
        dates: [{ date: 2026-06-12, horaire: "14:00-16:00" }]
        frais_a_charge: [Gratuit]
        ---
        Programme.
        -- content/ateliers/dolus.md --
        ---
        titre: Ateliers à Dolus
        organisateur: france-services-aval
        lieu: Salle des fêtes
        code_insee: "37005"
        latitude: 48.10
        longitude: 1.0
        niveau: debutant
        places: 8
        dates: [{ date: 2026-03-09, horaire: "17:00-18:00" }, { date: 2026-06-10, horaire: "14:00-16:00" }]
        frais_a_charge: [Gratuit]
        ---
        Programme.
        -- content/tournees/bus-ateliers.yml --
        nom: Bus des ateliers
        operateur: Association
        places: 10
        seances_par_defaut: ["14:00-17:00"]
        arrets:
          - date: 2026-02-01
            code_insee: "37002"
            lieu: Place de l'Église
            statut: annule
            motif_annulation: panne du bus
          - date: 2026-03-10
            code_insee: "37002"
            lieu: Place de l'Église
            statut: confirme
          - date: 2026-03-11
            code_insee: "37003"
            lieu: Place de l'Église
            statut: confirme
          - date: 2026-03-12
            code_insee: "37004"
            lieu: Place de l'Église
            statut: confirme
          - date: 2026-03-09
            code_insee: "37005"
            lieu: Place de l'Église
            statut: confirme
          - date: 2026-12-15
            code_insee: "37002"
            lieu: Place de l'Église
            statut: confirme
        -- content/tournees/permanences.yml --
        nom: Bus des démarches
        operateur: Association
        format: permanence
        accueil: sans_rendez_vous
        seances_par_defaut: ["09:30-12:00"]
        arrets:
          - date: 2026-04-01
            code_insee: "65001"
            lieu: Devant la mairie
            statut: confirme
          - date: 2026-05-01
            code_insee: "65001"
            lieu: Devant la mairie
            statut: annule
            motif_annulation: panne du bus
          - date: 2026-06-15
            code_insee: "37006"
            lieu: Devant la mairie
            statut: confirme
        """;

    private static FollowUpSummary Resolve()
    {
        using var site = TestSite.Create(Territory);
        var (validated, diagnostics) = site.Validate();
        Assert.True(validated is not null, string.Join("\n", diagnostics));
        return ResolveOffers.Run(validated, TestSite.Today).Coverage.FollowUp;
    }

    private static VisitFollowUp Of(FollowUpSummary summary, string commune, string date) =>
        summary.Visits.Single(f => f.Visit.Commune.Name == commune && f.Visit.Stop.Date == DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2026-03-10", "2026-03-10", false)] // the visit's own day
    [InlineData("2026-03-11", "2026-03-10", true)]
    [InlineData("2026-06-10", "2026-03-10", true)] // exactly three months after
    [InlineData("2026-06-11", "2026-03-10", false)] // a day later
    [InlineData("2026-03-09", "2026-03-10", false)]
    public void A_follow_up_is_from_the_day_after_the_visit_to_three_months_later(string day, string visitDay, bool follows)
    {
        static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(follows, Timeline.IsFollowUpOf(D(day), D(visitDay)));
    }

    [Fact]
    public void Only_past_visits_that_took_place_are_counted_in_date_order()
    {
        var summary = Resolve();

        // Not the cancelled ones (Bourg in February, Espès in May), not the one to come (Bourg in December).
        Assert.Equal(["Dolus 2026-03-09", "Bourg 2026-03-10", "Brèche 2026-03-11", "Cormes 2026-03-12", "Espès 2026-04-01", "Fos 2026-06-15"],
            summary.Visits.Select(f => $"{f.Visit.Commune.Name} {Relais.Model.Values.IsoDate.Format(f.Visit.Stop.Date)}"));
    }

    [Fact]
    public void A_place_within_the_radius_follows_a_visit_and_one_beyond_does_not()
    {
        var summary = Resolve();

        var bourg = Of(summary, "Bourg", "2026-03-10");
        Assert.True(bourg.IsFollowedUp);
        Assert.Equal("France Services d'Aval", bourg.Place!.Item.Name);
        Assert.Equal(0.10 * KmPerDegree, bourg.Place.DistanceKm, 2);
        Assert.Null(bourg.Workshop);
        Assert.Null(bourg.Permanence);

        var breche = Of(summary, "Brèche", "2026-03-11");
        Assert.False(breche.IsFollowedUp);
        Assert.Null(breche.Place);
        // What its page names instead: the nearest place, 15.57 km away.
        Assert.Equal("France Services d'Aval", breche.NearestHelp!.Item.Name);
        Assert.Equal(0.14 * KmPerDegree, breche.NearestHelp.DistanceKm, 2);
    }

    [Fact]
    public void A_workshop_session_exactly_three_months_after_follows_a_visit_and_one_day_later_does_not()
    {
        var summary = Resolve();

        var cormes = Of(summary, "Cormes", "2026-03-12");
        Assert.True(cormes.IsFollowedUp);
        Assert.Equal("Ateliers à Cormes", cormes.Workshop!.Item.Title);
        Assert.Equal(0, cormes.Workshop.DistanceKm, 2);
        Assert.Null(cormes.Place); // Aval is 66.7 km away

        // Dolus's workshop met on the visit's day and three months and a day after it: neither counts.
        var dolus = Of(summary, "Dolus", "2026-03-09");
        Assert.False(dolus.IsFollowedUp);
        Assert.Null(dolus.Workshop);
        Assert.Equal(1.10 * KmPerDegree, dolus.NearestHelp!.DistanceKm, 2);
    }

    [Fact]
    public void A_permanence_of_any_tour_follows_a_visit_and_a_cancelled_one_does_not()
    {
        var summary = Resolve();

        // Espès on 1 April: the cancelled permanence in Espès on 1 May (0 km) does not count; Fos's on 15 June, 11.12 km away, does.
        var espes = Of(summary, "Espès", "2026-04-01");
        Assert.True(espes.IsFollowedUp);
        Assert.Equal("Fos", espes.Permanence!.Item.Commune.Name);
        Assert.Equal(new DateOnly(2026, 6, 15), espes.Permanence.Item.Stop.Date);
        Assert.Equal(0.10 * KmPerDegree, espes.Permanence.DistanceKm, 2);

        // Fos on 15 June: Espès's permanence came before it, not after.
        Assert.False(Of(summary, "Fos", "2026-06-15").IsFollowedUp);
    }

    [Fact]
    public void The_share_of_past_visits_without_follow_up_is_counted_per_department_per_tour_and_for_the_site()
    {
        var summary = Resolve();

        // Without follow-up: Brèche, Dolus and Fos (department 37; Fos is the permanence bus's).
        Assert.Equal((6, 3), (summary.Whole.PastVisits, summary.Whole.WithoutFollowUp));
        Assert.Equal(0.5, summary.Whole.ShareWithout, 3);
        Assert.Equal([("Hautes-Pyrénées", 1, 0), ("Indre-et-Loire", 5, 3)],
            summary.Departments.Select(d => (d.Department!.Name, d.PastVisits, d.WithoutFollowUp)));
        Assert.Equal([("Bus des ateliers", 4, 2), ("Bus des démarches", 2, 1)],
            summary.Tours.Select(t => (t.Tour!.Name, t.PastVisits, t.WithoutFollowUp)));
        Assert.Equal(["Fos", "Brèche", "Dolus"], summary.WithoutFollowUp.Select(f => f.Visit.Commune.Name));
    }

    [Fact]
    public void The_page_and_sheet_of_a_visit_with_no_follow_up_say_so_and_name_the_nearest_help_and_the_coverage_page_lists_it()
    {
        using var site = TestSite.Create(Territory);
        var (output, diagnostics) = site.Build();
        Assert.True(output is not null, string.Join("\n", diagnostics));
        var parser = new HtmlParser();
        string Text(string path, string selector) =>
            parser.ParseDocument(File.ReadAllText(Path.Combine(output, path))).QuerySelector(selector)?.TextContent.Replace('\u00A0', ' ').Trim() ?? "";

        // Brèche: the place is 15.57 km away, beyond the radius; the page says where it is all the same.
        var note = Text("bus/bus-ateliers/2026-03-11-breche/index.html", ".status-no-follow-up");
        Assert.StartsWith("Rien n'est prévu à moins de 15 km dans les trois mois qui suivent ce passage", note, StringComparison.Ordinal);
        Assert.Contains("L'aide la plus proche : France Services d'Aval, à Aval, à 16 km (téléphone : 02 47 00 00 00).", note, StringComparison.Ordinal);
        Assert.Contains("France Services d'Aval", Text("bus/bus-ateliers/2026-03-11-breche/suite/index.html", ".sheet-no-follow-up"), StringComparison.Ordinal);

        // Bourg was followed up (the place at 11 km): nothing of the kind on its page or its sheet.
        Assert.Equal("", Text("bus/bus-ateliers/2026-03-10-bourg/index.html", ".status-no-follow-up"));
        Assert.Equal("", Text("bus/bus-ateliers/2026-03-10-bourg/suite/index.html", ".sheet-no-follow-up"));

        var coverage = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "couverture/index.html")));
        Assert.Equal(["Fos, 15 juin 2026", "Brèche, 11 mars 2026", "Dolus, 9 mars 2026"],
            coverage.QuerySelectorAll("ul.follow-up-missing li a").Select(a => a.TextContent.Replace('\u00A0', ' ')));
        Assert.Contains("3 passages sur 6 (50 %) n'ont été suivis de rien", coverage.QuerySelector("#apres-le-passage + p + ul")!.TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
        var csv = File.ReadAllLines(Path.Combine(output, "donnees/suivi-des-passages.csv"));
        Assert.Equal(7, csv.Length);
        Assert.StartsWith("Bus des ateliers,2026-03-11,37003,Brèche,37,non,,,,,,,,France Services d'Aval,15.6,", csv[3], StringComparison.Ordinal);
    }
}
