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

    private sealed record Occurrence(string Uid, string Start, string? Zone, string? Status);

    private static async Task<List<Occurrence>> ReadWithIcalJs(string file)
    {
        var (exit, output, error) = await ExternalTools.RunAsync("node", Script, file);
        Assert.True(exit == 0, $"ical.js could not read {file}: {error}");
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
}
