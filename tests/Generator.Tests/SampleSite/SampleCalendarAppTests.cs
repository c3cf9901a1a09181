using System.Globalization;
using System.Text.Json;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// The sample's calendars read by ical.js (the parser of many calendar apps), not by the generator's
/// own writer nor by the .NET reader the other calendar tests use: a recurring stop's dates come out
/// as the content file's rule gives them, at their Paris times.
/// </summary>
public sealed class SampleCalendarAppTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly string Script = Path.Combine(Repository.Root, "tests", "Generator.Tests", "Interop", "ical-occurrences.cjs");

    private sealed record Occurrence(string File, string Uid, string Start, string? Zone, string? Status, string? Summary, string? Description, int Sequence, string Stamp);

    private static async Task<List<Occurrence>> ReadWithIcalJs(params string[] files)
    {
        // ical.js comes from the test project's package.json (installed by its build); Node.js is needed to build the theme.
        if (Repository.FindOnPath("node") is null) Repository.SkipUnlessCi("Needs Node.js (node) to read the calendars with ical.js, not found on this machine");
        var (exit, output, error) = await ExternalTools.RunAsync("node", [Script, .. files]);
        Assert.True(exit == 0, $"ical.js could not read {string.Join(", ", files)}: {error}");
        return System.Text.Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonSerializer.Deserialize<Occurrence>(line, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
            .ToList();
    }

    [Fact]
    public async Task Ical_js_reads_every_date_of_a_recurring_stop_at_its_time()
    {
        sample.AssertBuilt();
        Assert.NotEmpty(sample.Content.RecurringPages);
        foreach (var (tour, commune) in sample.Content.RecurringPages)
        {
            var expected = sample.Content.Stops.Where(s => s.Recurring && s.Tour == tour && s.Commune == commune)
                .SelectMany(s => s.Sessions.Select(time => $"{s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T{time[..5]}:00"))
                .Order(StringComparer.Ordinal).ToList();

            var read = await ReadWithIcalJs(Path.Combine(sample.Output, sample.Content.RecurringFolder(tour, commune), "agenda.ics"));

            Assert.Equal(expected, read.Select(o => o.Start).Order(StringComparer.Ordinal).ToList());
            Assert.All(read, o => Assert.Equal("Europe/Paris", o.Zone));
            Assert.Equal(read.Count, read.Select(o => o.Uid).Distinct().Count());
        }
    }

    [Fact]
    public async Task Ical_js_reads_the_whole_agenda_with_one_occurrence_per_session()
    {
        sample.AssertBuilt();
        var read = await ReadWithIcalJs(Path.Combine(sample.Output, "donnees", "agenda.ics"));

        var sessions = sample.Content.Stops.Sum(s => s.Sessions.Count) + sample.Content.Workshops.Sum(w => w.Sessions!.Count);
        Assert.Equal(sessions, read.Count);
        Assert.All(read, o => Assert.Equal("Europe/Paris", o.Zone));
    }

    [Fact]
    public async Task Ical_js_reads_every_calendar_of_the_site_with_the_events_of_the_whole_agenda()
    {
        // Given every .ics file the sample build wrote
        sample.AssertBuilt();
        var files = Sample.Files(sample.Output).Where(f => f.EndsWith(".ics", StringComparison.Ordinal)).ToList();
        Assert.Equal(1 + sample.Content.Communes.Count + sample.Content.Tours.Count + sample.Content.StopPageCount + sample.Content.Workshops.Count, files.Count);

        // When ical.js reads them all (it stops on any file it cannot parse, or an event without UID, DTSTAMP or DTSTART)
        var read = await ReadWithIcalJs([.. files.Select(f => Path.Combine(sample.Output, f))]);

        // Then each event is at Paris time, once per file, and is the whole agenda's event: same start, summary, sequence and stamp
        var agenda = read.Where(o => o.File.EndsWith(Path.Combine("donnees", "agenda.ics"), StringComparison.Ordinal)).ToDictionary(o => o.Uid, StringComparer.Ordinal);
        Assert.NotEmpty(agenda);
        foreach (var file in read.GroupBy(o => o.File))
        {
            Assert.Equal(file.Count(), file.Select(o => o.Uid).Distinct(StringComparer.Ordinal).Count());
            foreach (var o in file)
            {
                Assert.Equal("Europe/Paris", o.Zone);
                Assert.True(agenda.TryGetValue(o.Uid, out var same), $"{file.Key}: {o.Uid} is not in the whole agenda");
                Assert.Equal(same with { File = o.File }, o);
            }
        }
        // and no stamp is the build's day: it comes from the content's « date_maj »
        Assert.DoesNotContain(read, o => o.Stamp.StartsWith(Sample.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ical_js_finds_in_each_commune_calendar_the_next_four_sessions_of_the_workshops_its_page_lists()
    {
        sample.AssertBuilt();
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Sample.RepositoryRoot, "statiq.json")));
        var radius = settings.RootElement.GetProperty("rayon_proximite_km").GetDouble();
        var files = sample.Content.Communes.ToDictionary(c => c.Code,
            c => Path.Combine(sample.Output, Sample.Files(sample.Output).Single(f => f.StartsWith("donnees/communes/", StringComparison.Ordinal) && f.EndsWith($"-{c.Code}.ics", StringComparison.Ordinal))));
        var read = (await ReadWithIcalJs([.. files.Values])).ToLookup(o => o.File, StringComparer.Ordinal);

        foreach (var commune in sample.Content.Communes)
        {
            // Given the workshops still to come within the radius (those its page lists), their next four sessions
            var expected = sample.Content.Workshops
                .Where(w => w.Sessions!.Any(s => s.Date >= Sample.Today) && Haversine.Km((commune.Latitude, commune.Longitude), sample.Content.Location(w)) <= radius)
                .SelectMany(w => w.Sessions!.Where(s => s.Date >= Sample.Today).Take(4)
                    .Select(s => $"atelier-{w.Slug}-{s.Date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}@ {s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}T{s.Time[..5]}:00"))
                .Order(StringComparer.Ordinal).ToList();

            // Then its calendar has exactly those workshop events
            var workshops = read[files[commune.Code]].Where(o => o.Uid.StartsWith("atelier-", StringComparison.Ordinal))
                .Select(o => $"{o.Uid[..(o.Uid.IndexOf('@', StringComparison.Ordinal) + 1)]} {o.Start}").Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(workshops, StringComparer.Ordinal), $"{commune.Name}: expected {string.Join(", ", expected)}; read {string.Join(", ", workshops)}");
        }

        // Luchon, with no bus near it, has its weekly workshop (full: said in its summary and description)
        var luchon = read[files["31042"]].ToList();
        Assert.NotEmpty(luchon);
        Assert.All(luchon, o => Assert.StartsWith("atelier-luchon-smartphone-2027-", o.Uid));
        Assert.All(luchon, o => Assert.EndsWith("(complet)", o.Summary));
        Assert.All(luchon, o => Assert.StartsWith("Complet : toutes les places sont prises.", o.Description));
        // and Mauléon-Barousse the help bus's permanence, every other Thursday
        Assert.Contains(read[files["65305"]], o => o.Uid.StartsWith("bus-demarches-barousse-", StringComparison.Ordinal) && o.Uid.Contains("-65305-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ical_js_reads_a_full_visit_as_full_in_its_summary_and_description()
    {
        // Given the sample's full visit (Montrésor, « statut: complet »)
        sample.AssertBuilt();
        var full = sample.Content.Stops.Where(s => s.Status == "complet").ToList();
        Assert.NotEmpty(full);

        var read = await ReadWithIcalJs(Path.Combine(sample.Output, "donnees", "agenda.ics"));

        foreach (var stop in full)
        {
            var events = read.Where(o => o.Start.StartsWith(stop.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                && o.Summary!.Contains(sample.Content.Commune(stop.Commune).Name, StringComparison.Ordinal)).ToList();
            Assert.Equal(stop.Sessions.Count, events.Count);
            Assert.All(events, o => Assert.EndsWith(" (complet)", o.Summary));
            Assert.All(events, o => Assert.StartsWith("Complet : toutes les places sont prises.", o.Description));
            Assert.All(events, o => Assert.Null(o.Status));
        }
    }
}
