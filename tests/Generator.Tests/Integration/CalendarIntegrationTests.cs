using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;

namespace Relais.Generator.Tests.Integration;

/// <summary>
/// The calendars families subscribe to, from small inline sites: read with Ical.Net, across the
/// changes to and from summer time, and as a stop is cancelled or changed.
/// </summary>
public sealed class CalendarIntegrationTests
{
    private const string Place = """
        -- content/lieux/mediatheque-montbazon.yml --
        nom: Médiathèque de Montbazon
        adresse: 1 rue de la Poste
        code_postal: "37250"
        code_insee: "37154"
        telephone: "02 61 91 20 07"
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        frais_a_charge: [Gratuit]

        """;

    /// <summary>A stop on the day summer time starts and one on the day it ends, and a workshop on either side of the spring change.</summary>
    private const string DaylightSavingSite = Place + """
        -- content/tournees/bus-test.yml --
        nom: Bus numérique de test
        operateur: Association de test
        places: 12
        seances_par_defaut: ["09:00-12:00"]
        frais_a_charge: [Gratuit]
        arrets:
          - date: 2027-03-28
            code_insee: "37250"
            lieu: Place de l'Église
            inscription: { aupres_de: Mairie de Sorigny, telephone: "02 61 91 32 50" }
            statut: confirme
          - date: 2027-10-31
            code_insee: "37154"
            lieu: Place de la Mairie
            inscription: { aupres_de: Mairie de Montbazon, telephone: "02 61 91 31 54" }
            statut: confirme
        -- content/ateliers/montbazon-printemps.md --
        ---
        titre: Ateliers du printemps à Montbazon
        organisateur: mediatheque-montbazon
        lieu: Médiathèque
        code_insee: "37154"
        niveau: tous
        places: 8
        dates:
          - { date: 2027-03-27, horaire: "10:00-12:00" }
          - { date: 2027-03-29, horaire: "10:00-12:00" }
        frais_a_charge: [Gratuit]
        inscription: { aupres_de: Médiathèque de Montbazon, telephone: "02 61 91 20 07" }
        ---
        Programme.

        """;

    private const string OneStop = """
        -- content/tournees/bus-test.yml --
        nom: Bus numérique de test
        operateur: Association de test
        places: 12
        seances_par_defaut: ["09:00-12:00", "14:00-17:00"]
        frais_a_charge: [Gratuit]
        arrets:
          - date: 2027-03-09
            code_insee: "37250"
            lieu: Place de l'Église
            inscription: { aupres_de: Mairie de Sorigny, telephone: "02 61 91 32 50", avant: 2027-03-02 }
            statut: confirme

        """;

    private const string StopCalendar = "bus/bus-test/2027-03-09-sorigny/agenda.ics";

    /// <summary>Every calendar a stop is in: its own, its tour's, its commune's and the whole agenda.</summary>
    private static readonly string[] CalendarsOfTheStop =
        [StopCalendar, "donnees/bus/bus-test.ics", "donnees/communes/sorigny-37250.ics", "donnees/agenda.ics"];

    [Fact]
    public void Sessions_on_the_days_summer_time_starts_and_ends_read_as_nine_oclock_in_Paris()
    {
        // Given stops on 2027-03-28 and 2027-10-31, sessions 09:00-12:00
        using var site = TestSite.Create(DaylightSavingSite);
        Build(site);

        foreach (var file in new[] { "donnees/agenda.ics", "donnees/bus/bus-test.ics", "bus/bus-test/2027-03-28-sorigny/agenda.ics", "bus/bus-test/2027-10-31-montbazon/agenda.ics" })
        {
            // When a calendar app reads the feed
            var calendar = Load(site, file);

            // Then both are at 9:00 Paris time: 07:00 UTC in summer time, 08:00 UTC in winter time
            foreach (var (date, utcHour) in new[] { (new DateOnly(2027, 3, 28), 7), (new DateOnly(2027, 10, 31), 8) })
            {
                var events = calendar.Events.Where(e => e.DtStart!.Date == date).ToList();
                // A stop's own calendar has its day only; the others have both.
                if (!file.StartsWith("donnees", StringComparison.Ordinal) && !file.Contains($"/{date:yyyy-MM-dd}-", StringComparison.Ordinal)) continue;
                var read = Assert.Single(events);
                Assert.Equal("Europe/Paris", read.DtStart!.TzId);
                Assert.Equal(new TimeOnly(9, 0), read.DtStart.Time);
                Assert.Equal(date.ToDateTime(new TimeOnly(utcHour, 0), DateTimeKind.Utc), read.DtStart.AsUtc);
                Assert.Equal(date.ToDateTime(new TimeOnly(utcHour + 3, 0), DateTimeKind.Utc), read.DtEnd!.AsUtc);
                // and the file's own VTIMEZONE, applied by hand, says the same
                Assert.Equal(read.DtStart.AsUtc, ByOwnTimeZone(calendar, read.DtStart));
            }
        }
    }

    [Fact]
    public void Workshop_sessions_either_side_of_the_spring_change_keep_their_local_time()
    {
        using var site = TestSite.Create(DaylightSavingSite);
        Build(site);

        foreach (var file in new[] { "ateliers/montbazon-printemps/agenda.ics", "donnees/agenda.ics" })
        {
            var calendar = Load(site, file);
            var saturday = Assert.Single(calendar.Events, e => e.DtStart!.Date == new DateOnly(2027, 3, 27));
            var monday = Assert.Single(calendar.Events, e => e.DtStart!.Date == new DateOnly(2027, 3, 29));

            Assert.Equal(new DateTime(2027, 3, 27, 9, 0, 0, DateTimeKind.Utc), saturday.DtStart!.AsUtc);
            Assert.Equal(new DateTime(2027, 3, 29, 8, 0, 0, DateTimeKind.Utc), monday.DtStart!.AsUtc);
            Assert.Equal(saturday.DtStart.AsUtc, ByOwnTimeZone(calendar, saturday.DtStart));
            Assert.Equal(monday.DtStart.AsUtc, ByOwnTimeZone(calendar, monday.DtStart));
        }
    }

    [Fact]
    public void Every_calendar_has_a_Paris_time_zone_with_summer_and_winter_rules()
    {
        using var site = TestSite.Create(DaylightSavingSite);
        Build(site);

        var files = Directory.EnumerateFiles(site.Output, "*.ics", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var calendar = Load(site, Path.GetRelativePath(site.Output, file));
            var zone = Assert.Single(calendar.TimeZones);
            Assert.Equal("Europe/Paris", zone.TzId);
            Assert.Equal(["DAYLIGHT", "STANDARD"], zone.TimeZoneInfos.Select(i => i.Name).Order(StringComparer.Ordinal).ToArray());
            Assert.All(calendar.Events, e => Assert.Equal("Europe/Paris", e.DtStart!.TzId));
        }
    }

    [Fact]
    public void A_cancelled_stop_keeps_its_uids_is_cancelled_and_has_a_greater_sequence_in_every_calendar()
    {
        // Given a stop built once as confirmed
        using var site = TestSite.Create(OneStop);
        Build(site);
        var before = CalendarsOfTheStop.ToDictionary(f => f, f => Events(Load(site, f)));
        Assert.All(before.Values, events => Assert.Equal(2, events.Count)); // a morning and an afternoon session
        Assert.All(before.Values.SelectMany(e => e), e => Assert.Null(e.Status)); // confirmed: the default, not written

        // When it is cancelled, with its reason, and built again
        site.EditFile("content/tournees/bus-test.yml", "    statut: confirme", "    statut: annule\n    motif_annulation: moins de 6 inscrits");
        Build(site);

        foreach (var file in CalendarsOfTheStop)
        {
            // Then each calendar has the same events, by UID, now cancelled with a greater SEQUENCE
            var after = Events(Load(site, file));
            Assert.Equal(before[file].Select(e => e.Uid), after.Select(e => e.Uid));
            foreach (var (old, now) in before[file].Zip(after))
            {
                Assert.Equal("CANCELLED", now.Status);
                Assert.True(now.Sequence > old.Sequence, $"{file}: SEQUENCE {old.Sequence} → {now.Sequence}");
                Assert.Equal(old.DtStart!.AsUtc, now.DtStart!.AsUtc);
                Assert.Contains("moins de 6 inscrits", now.Description);
            }
        }
        Assert.Contains("STATUS:CANCELLED\r\n", File.ReadAllText(Path.Combine(site.Output, StopCalendar)));
    }

    [Fact]
    public void Cancelling_a_stop_whose_date_maj_is_unchanged_still_raises_its_sequence()
    {
        using var site = TestSite.Create(OneStop.Replace("    statut: confirme", "    statut: confirme\n    date_maj: 2026-11-10", StringComparison.Ordinal));
        Build(site);
        var before = Events(Load(site, StopCalendar));

        site.EditFile("content/tournees/bus-test.yml", "    statut: confirme", "    statut: annule\n    motif_annulation: moins de 6 inscrits");
        Build(site);
        var after = Events(Load(site, StopCalendar));

        Assert.Equal(before.Select(e => e.Uid), after.Select(e => e.Uid));
        Assert.All(before.Zip(after), p => Assert.True(p.Second.Sequence > p.First.Sequence, $"SEQUENCE {p.First.Sequence} → {p.Second.Sequence}"));
    }

    [Theory]
    [InlineData("    statut: confirme", "    statut: confirme\n    date_maj: {0}")] // the stop's own date
    [InlineData("places: 12", "places: 12\ndate_maj: {0}")] // the tour's, for a stop without its own
    public void A_later_date_maj_raises_the_sequence_and_keeps_the_uids(string anchor, string withDate)
    {
        // Given a stop last changed on 2026-11-01
        using var site = TestSite.Create(OneStop.Replace(anchor, string.Format(withDate, "2026-11-01"), StringComparison.Ordinal));
        Build(site);
        var before = Events(Load(site, StopCalendar));

        // When an editor changes it and records 2026-11-20
        site.EditFile("content/tournees/bus-test.yml", "date_maj: 2026-11-01", "date_maj: 2026-11-20");
        Build(site);
        var after = Events(Load(site, StopCalendar));

        // Then the same events, each with a greater SEQUENCE
        Assert.Equal(before.Select(e => e.Uid), after.Select(e => e.Uid));
        Assert.All(before.Zip(after), p => Assert.True(p.Second.Sequence > p.First.Sequence, $"SEQUENCE {p.First.Sequence} → {p.Second.Sequence}"));
    }

    [Fact]
    public void Uids_survive_a_rebuild_and_an_unrelated_change_and_are_unique()
    {
        // Given a stop built once
        using var site = TestSite.Create(OneStop);
        Build(site);
        var first = Events(Load(site, "donnees/agenda.ics"));

        // When the site is built again, then another stop is put before it in the file
        Build(site);
        var again = Events(Load(site, "donnees/agenda.ics"));
        site.EditFile("content/tournees/bus-test.yml", "arrets:\n", """
            arrets:
              - date: 2027-02-09
                code_insee: "37154"
                lieu: Place de la Mairie
                inscription: { aupres_de: Mairie de Montbazon, telephone: "02 61 91 31 54" }
                statut: confirme

            """);
        Build(site);
        var withAnother = Events(Load(site, "donnees/agenda.ics"));

        // Then the stop's events keep their UIDs, and no two events share one
        Assert.Equal(first.Select(e => e.Uid), again.Select(e => e.Uid));
        Assert.Equal(4, withAnother.Count);
        Assert.Equal(first.Select(e => e.Uid), withAnother.Where(e => e.DtStart!.Date == new DateOnly(2027, 3, 9)).Select(e => e.Uid));
        Assert.Equal(withAnother.Count, withAnother.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public void Names_with_commas_semicolons_a_backslash_and_long_accented_text_are_folded_and_read_back()
    {
        // Given a tour name and a theme with the characters iCalendar escapes, and a theme of 200 accented characters
        var theme = string.Concat(Enumerable.Repeat("Découvrir l'été à Sainte-Maure, sécurité ; démarches ", 5))[..199] + "é";
        const string name = @"Bus, numérique; de test \ Touraine";
        using var site = TestSite.Create(OneStop
            .Replace("nom: Bus numérique de test", $"nom: '{name}'", StringComparison.Ordinal)
            .Replace("    statut: confirme", $"    theme: \"{theme}\"\n    statut: confirme", StringComparison.Ordinal));
        Build(site);

        foreach (var file in CalendarsOfTheStop)
        {
            var bytes = File.ReadAllBytes(Path.Combine(site.Output, file));
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

            // Then CRLF everywhere, every physical line within 75 octets and whole UTF-8 characters
            Assert.EndsWith("\r\n", text);
            Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal));
            Assert.DoesNotContain("\r", text.Replace("\r\n", "", StringComparison.Ordinal));
            foreach (var line in text[..^2].Split("\r\n"))
            {
                var octets = Encoding.UTF8.GetBytes(line);
                Assert.True(octets.Length <= 75, $"{file}: {octets.Length} octets: {line}");
                new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(octets);
            }

            // unfolded, the summary is the escaped text
            var unfolded = text.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
            Assert.Contains(@"SUMMARY:Bus\, numérique\; de test \\ Touraine à Sorigny", unfolded);

            // and Ical.Net reads the original text back
            var read = Events(Load(site, file));
            Assert.All(read, e => Assert.Equal($"{name} à Sorigny", e.Summary));
            Assert.All(read, e => Assert.StartsWith(theme + ".", e.Description));
            Assert.All(read, e => Assert.Equal("Place de l'Église, 37250 Sorigny", e.Location));
        }
    }

    /// <summary>The feeds a one-off stop of <see cref="OneStop"/> is in, whatever its date (its own page's moves with it).</summary>
    private static readonly string[] FeedsOfTheStop = ["donnees/bus/bus-test.ics", "donnees/communes/sorigny-37250.ics", "donnees/agenda.ics"];

    [Fact]
    public void A_rescheduled_visit_keeps_its_uids_loses_its_old_date_and_raises_its_sequence()
    {
        // Given a stop of 9 March, announced on 2026-11-01
        using var site = TestSite.Create(OneStop.Replace("places: 12", "places: 12\ndate_maj: 2026-11-01", StringComparison.Ordinal));
        Build(site);
        var before = FeedsOfTheStop.ToDictionary(f => f, f => Events(Load(site, f)));
        Assert.All(before.Values, events => Assert.Equal(2, events.Count));

        // When an editor moves it to 16 March, writes the day first announced, and records the change
        site.EditFile("content/tournees/bus-test.yml", "  - date: 2027-03-09\n", "  - date: 2027-03-16\n    date_initiale: 2027-03-09\n");
        site.EditFile("content/tournees/bus-test.yml", "date_maj: 2026-11-01", "date_maj: 2026-11-20");
        Build(site);

        foreach (var file in FeedsOfTheStop.Append("bus/bus-test/2027-03-16-sorigny/agenda.ics"))
        {
            // Then every calendar has the same events, by UID, on the new day only, each with a greater SEQUENCE
            var old = before[file.StartsWith("bus/", StringComparison.Ordinal) ? FeedsOfTheStop[0] : file];
            var after = Events(Load(site, file));
            Assert.Equal(old.Select(e => e.Uid), after.Select(e => e.Uid));
            Assert.All(after, e => Assert.Equal(new DateOnly(2027, 3, 16), e.DtStart!.Date));
            Assert.DoesNotContain(after, e => e.DtStart!.Date == new DateOnly(2027, 3, 9));
            foreach (var (was, now) in old.Zip(after))
            {
                Assert.True(now.Sequence > was.Sequence, $"{file}: SEQUENCE {was.Sequence} → {now.Sequence}");
                Assert.Equal(was.DtStart!.Time, now.DtStart!.Time);
            }
        }
        // and the old day's page, with its calendar, is gone
        Assert.False(File.Exists(Path.Combine(site.Output, StopCalendar)));
    }

    [Fact]
    public void A_moved_stop_cannot_take_the_identity_of_another_and_a_recurring_one_has_no_first_date()
    {
        // Given a second stop in Sorigny moved from 9 March, the day the first stop is announced on
        using var taken = TestSite.Create(OneStop + """
              - date: 2027-04-13
                date_initiale: 2027-03-09
                code_insee: "37250"
                lieu: Place de l'Église
                inscription: { aupres_de: Mairie de Sorigny, telephone: "02 61 91 32 50" }
                statut: confirme

            """);
        DiagnosticAssert.Single(taken.Validate(new DateOnly(2026, 11, 24)).Diagnostics, "OFF0212", "content/tournees/bus-test.yml:13:5",
            "lui aussi annoncé le 2027-03-09 à Sorigny", "ligne 7");

        // nor the date of a recurring stop of the tour in the same commune
        using var onRecurring = TestSite.Create(OneStop.Replace("  - date: 2027-03-09\n", "  - date: 2027-03-30\n    date_initiale: 2027-04-13\n", StringComparison.Ordinal) + """
              - regulier: { jour: mardi, frequence: toutes_les_semaines, du: 2027-04-06, au: 2027-04-27 }
                code_insee: "37250"
                lieu: Place de l'Église
                inscription: { aupres_de: Mairie de Sorigny, telephone: "02 61 91 32 50" }
                statut: confirme

            """);
        DiagnosticAssert.Single(onRecurring.Validate(new DateOnly(2026, 11, 24)).Diagnostics, "OFF0212", "content/tournees/bus-test.yml:8:5",
            "lui aussi annoncé le 2027-04-13 à Sorigny", "ligne 13");

        using var recurring = TestSite.Create(OneStop.Replace("  - date: 2027-03-09\n", "  - regulier: { jour: mardi, frequence: toutes_les_semaines, du: 2027-03-09, au: 2027-03-30 }\n    date_initiale: 2027-03-02\n", StringComparison.Ordinal)
            .Replace(", avant: 2027-03-02", "", StringComparison.Ordinal));
        DiagnosticAssert.Single(recurring.Validate(new DateOnly(2026, 11, 24)).Diagnostics, "OFF0141", "content/tournees/bus-test.yml:8:20", "date_initiale", "sauf");
    }

    [Fact]
    public void A_full_visit_says_so_in_its_summary_and_description_and_its_sequence_rises_without_a_date_maj()
    {
        using var site = TestSite.Create(OneStop);
        Build(site);
        var before = Events(Load(site, StopCalendar));

        site.EditFile("content/tournees/bus-test.yml", "    statut: confirme", "    statut: complet");
        Build(site);

        foreach (var file in CalendarsOfTheStop)
        {
            var after = Events(Load(site, file));
            Assert.Equal(before.Select(e => e.Uid), after.Select(e => e.Uid));
            foreach (var (was, now) in before.Zip(after))
            {
                Assert.Equal("Bus numérique de test à Sorigny (complet)", now.Summary);
                Assert.StartsWith("Complet : toutes les places sont prises.", now.Description);
                Assert.Null(now.Status); // it takes place
                Assert.True(now.Sequence > was.Sequence, $"{file}: SEQUENCE {was.Sequence} → {now.Sequence}");
            }
        }
    }

    /// <summary>A weekly workshop in Sorigny (the commune of <see cref="OneStop"/>'s stop), last changed on 2026-11-01.</summary>
    private const string WeeklyWorkshop = Place + """
        -- content/ateliers/sorigny-tablette.md --
        ---
        titre: La tablette à Sorigny
        organisateur: mediatheque-montbazon
        lieu: Salle des fêtes
        code_insee: "37250"
        niveau: debutant
        places: 8
        chaque_semaine: { jour: mardi, horaire: "14:00-16:30", du: 2026-12-01, au: 2027-06-29 }
        frais_a_charge: [Gratuit]
        inscription: { aupres_de: Médiathèque de Montbazon, telephone: "02 61 91 20 07" }
        date_maj: 2026-11-01
        ---
        Programme.

        """;

    private const string WorkshopCalendar = "ateliers/sorigny-tablette/agenda.ics";

    [Theory]
    [InlineData("horaire: \"14:00-16:30\"", "horaire: \"09:30-12:00\"")] // a new time
    [InlineData("lieu: Salle des fêtes", "lieu: Salle du conseil")] // a new room
    public void A_workshop_whose_time_or_room_changes_keeps_its_uids_and_raises_its_sequence(string old, string replacement)
    {
        using var site = TestSite.Create(WeeklyWorkshop);
        Build(site);
        var before = Events(Load(site, WorkshopCalendar));
        Assert.All(before, e => Assert.Equal(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), e.DtStamp!.AsUtc)); // its date_maj, not the build's day

        site.EditFile("content/ateliers/sorigny-tablette.md", old, replacement);
        site.EditFile("content/ateliers/sorigny-tablette.md", "date_maj: 2026-11-01", "date_maj: 2026-11-20");
        Build(site);

        foreach (var file in new[] { WorkshopCalendar, "donnees/agenda.ics" })
        {
            var after = Events(Load(site, file));
            Assert.Equal(before.Select(e => e.Uid), after.Select(e => e.Uid));
            foreach (var (was, now) in before.Zip(after))
            {
                Assert.True(now.Sequence > was.Sequence, $"{file}: SEQUENCE {was.Sequence} → {now.Sequence}");
                Assert.Equal(new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), now.DtStamp!.AsUtc);
                Assert.Equal(was.DtStart!.Date, now.DtStart!.Date);
            }
        }
    }

    [Fact]
    public void A_commune_calendar_has_the_next_four_sessions_of_the_workshops_near_it_the_same_events_as_their_own()
    {
        // Given a weekly workshop in Sorigny from 1 December to June, built on 24 November
        using var site = TestSite.Create(WeeklyWorkshop + OneStop);
        Build(site);

        // Then Sorigny's calendar and Montbazon's (6 km away) have its next four Tuesdays, up to 22 December, and the visit
        var own = Events(Load(site, WorkshopCalendar));
        foreach (var file in new[] { "donnees/communes/sorigny-37250.ics", "donnees/communes/montbazon-37154.ics" })
        {
            var events = Events(Load(site, file));
            var workshop = events.Where(e => e.Uid!.StartsWith("atelier-sorigny-tablette-", StringComparison.Ordinal)).ToList();
            Assert.Equal(new DateOnly(2026, 12, 1), workshop[0].DtStart!.Date);
            Assert.Equal(new DateOnly(2026, 12, 22), workshop[^1].DtStart!.Date);
            Assert.Equal(4, workshop.Count);
            Assert.Equal(own.Take(4).Select(e => e.Uid), workshop.Select(e => e.Uid));
            Assert.Contains(events, e => e.Uid!.StartsWith("bus-test-20270309-37250-", StringComparison.Ordinal));
            // byte for byte the workshop's own events
            var text = File.ReadAllText(Path.Combine(site.Output, file), Encoding.UTF8);
            Assert.Contains(VEvent(File.ReadAllText(Path.Combine(site.Output, WorkshopCalendar), Encoding.UTF8), "atelier-sorigny-tablette-20261201@"), text);
        }
        // while the workshop's own calendar has every session
        Assert.Equal(new DateOnly(2027, 6, 29), own[^1].DtStart!.Date);
    }

    [Fact]
    public void Unchanged_content_gives_the_same_calendars_on_another_day()
    {
        // Given a stop and a workshop, one with a date_maj and one without
        using var site = TestSite.Create(WeeklyWorkshop + OneStop);
        Build(site);
        string[] files = [StopCalendar, "donnees/bus/bus-test.ics", WorkshopCalendar];
        var first = files.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));

        // When the nightly build runs the next day
        var (output, diagnostics) = site.Build(new DateOnly(2026, 11, 25));
        Assert.True(output is not null, string.Join("\n", diagnostics));

        // Then their bytes are the same: no DTSTAMP of the build's day
        Assert.All(files, f => Assert.Equal(first[f], File.ReadAllBytes(Path.Combine(site.Output, f))));
    }

    /// <summary>Sorigny's stops 8, 7 and 3 days before the build (2026-11-24), and one in Montbazon, 5 km away, next week.</summary>
    private const string PastAndNext = """
        -- content/tournees/bus-test.yml --
        nom: Bus numérique de test
        operateur: Association de test
        places: 12
        seances_par_defaut: ["09:00-12:00"]
        frais_a_charge: [Gratuit]
        arrets:
          - date: 2026-11-16
            code_insee: "37250"
            lieu: Place de l'Église
            statut: confirme
          - date: 2026-11-17
            code_insee: "37250"
            lieu: Place de l'Église
            statut: confirme
          - date: 2026-11-21
            code_insee: "37250"
            lieu: Place de l'Église
            statut: confirme
          - date: 2026-12-01
            code_insee: "37154"
            lieu: Place de la Mairie
            inscription: { aupres_de: Mairie de Montbazon, telephone: "02 61 91 31 54" }
            statut: confirme

        """;

    [Fact]
    public void A_commune_calendar_keeps_past_visits_for_a_week_and_the_other_calendars_keep_them_all()
    {
        // Given stops 8, 7 and 3 days before the build, and one next week
        using var site = TestSite.Create(PastAndNext);
        Build(site);

        // Then Sorigny's calendar has last week's visits and the next one, not the one 8 days ago
        var days = (string file) => Events(Load(site, file)).Select(e => DateOnly.FromDateTime(e.DtStart!.Value)).ToList();
        Assert.Equal([new(2026, 11, 17), new(2026, 11, 21), new(2026, 12, 1)], days("donnees/communes/sorigny-37250.ics"));
        // while the tour's calendar and the whole agenda keep every date
        Assert.Equal(4, days("donnees/bus/bus-test.ics").Count);
        Assert.Equal(4, days("donnees/agenda.ics").Count);
    }

    [Fact]
    public void A_visit_is_the_same_event_byte_for_byte_in_every_commune_calendar_and_keeps_what_one_needs()
    {
        using var site = TestSite.Create(PastAndNext);
        Build(site);
        var files = new[] { "donnees/communes/sorigny-37250.ics", "donnees/communes/montbazon-37154.ics" };

        // The Montbazon visit, in its own commune's calendar and in its neighbour's
        var texts = files.Select(f => VEvent(File.ReadAllText(Path.Combine(site.Output, f), Encoding.UTF8), "bus-test-20261201-37154-1@")).ToList();
        Assert.Equal(texts[0], texts[1]);

        foreach (var file in files)
        {
            var read = Assert.Single(Load(site, file).Events, e => e.Uid!.StartsWith("bus-test-20261201-37154-1@", StringComparison.Ordinal));
            Assert.Equal(new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc), read.DtStart!.AsUtc);
            Assert.Equal(new DateTime(2026, 12, 1, 11, 0, 0, DateTimeKind.Utc), read.DtEnd!.AsUtc);
            Assert.Equal("Bus numérique de test à Montbazon", read.Summary);
            Assert.Equal("Place de la Mairie, 37250 Montbazon", read.Location);
            Assert.Contains("02 61 91 31 54", read.Description);
            Assert.Equal("https://test.example.org/bus/bus-test/2026-12-01-montbazon/", read.Url!.AbsoluteUri);
        }
    }

    /// <summary>The folded text of the event whose UID starts with <paramref name="uid"/>, BEGIN to END.</summary>
    private static string VEvent(string ics, string uid)
    {
        var start = ics.IndexOf("BEGIN:VEVENT\r\nUID:" + uid, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no event {uid}");
        var end = ics.IndexOf("END:VEVENT\r\n", start, StringComparison.Ordinal);
        return ics[start..(end + "END:VEVENT\r\n".Length)];
    }

    private static void Build(TestSite site)
    {
        var (output, diagnostics) = site.Build();
        Assert.True(output is not null, string.Join("\n", diagnostics));
    }

    private static Calendar Load(TestSite site, string file)
    {
        var path = Path.Combine(site.Output, file);
        Assert.True(File.Exists(path), $"{file} was not written");
        var calendar = Calendar.Load(File.ReadAllText(path, Encoding.UTF8));
        Assert.True(calendar is not null, $"{file} is not an iCalendar file");
        return calendar;
    }

    private static List<CalendarEvent> Events(Calendar calendar) =>
        calendar.Events.OrderBy(e => e.DtStart!.AsUtc).ThenBy(e => e.Uid, StringComparer.Ordinal).ToList();

    /// <summary>
    /// A local time converted to UTC with the calendar's own VTIMEZONE: the offset of the last rule
    /// (DAYLIGHT or STANDARD, its RRULE evaluated by Ical.Net) that started before it.
    /// </summary>
    private static DateTime ByOwnTimeZone(Calendar calendar, CalDateTime local)
    {
        var zone = calendar.TimeZones.Single(z => z.TzId == local.TzId);
        var onsets = zone.TimeZoneInfos
            .SelectMany(info => info.GetOccurrences(new CalDateTime(local.Year - 1, 1, 1, 0, 0, 0, null), null)
                .Select(o => o.Period.StartTime.Value)
                .TakeWhile(t => t <= local.Value)
                .Select(t => (Start: t, info.OffsetTo!.Offset)))
            .OrderBy(o => o.Start)
            .ToList();
        Assert.NotEmpty(onsets);
        return DateTime.SpecifyKind(local.Value - onsets[^1].Offset, DateTimeKind.Utc);
    }
}
