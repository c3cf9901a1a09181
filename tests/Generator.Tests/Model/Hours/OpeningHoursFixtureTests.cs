using System.Globalization;
using System.Text.Json;
using Relais.Model.Hours;

namespace Relais.Generator.Tests.Model.Hours;

/// <summary>
/// Our parser against opening_hours.js, the OSM reference parser: opening-hours-fixture.json holds
/// values we wrote (every form the site takes, and the sample's real schedules), windows of days, and
/// the intervals opening_hours.js gives for them, printed by opening-hours-intervals.cjs. To add a
/// value, add <c>{ "hours": "…" }</c> to the fixture's cases and run
/// <c>node opening-hours-intervals.cjs opening-hours-fixture.json &gt; new.json</c>, then replace the fixture.
/// </summary>
public sealed class OpeningHoursFixtureTests
{
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "Generator.Tests", "Model", "Hours");
    private static readonly string FixturePath = Path.Combine(Folder, "opening-hours-fixture.json");

    private sealed record Fixture(string Source, string[][] Windows, Case[] Cases);

    private sealed record Case(string Hours, string[] Intervals);

    private static readonly Lazy<Fixture> Loaded = new(() =>
        JsonSerializer.Deserialize<Fixture>(File.ReadAllText(FixturePath), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!);

    public static TheoryData<string> Values => new(Loaded.Value.Cases.Select(c => c.Hours));

    [Theory]
    [MemberData(nameof(Values))]
    public void The_parser_gives_the_intervals_opening_hours_js_gives(string text)
    {
        // Given a value and what opening_hours.js read in it
        var expected = Loaded.Value.Cases.Single(c => c.Hours == text).Intervals;

        // When our parser reads it and the hours are evaluated over the same days
        Assert.True(OpeningHoursParser.TryParse(text, out var hours, out var error), error?.Message);
        var actual = Loaded.Value.Windows.SelectMany(w => Intervals(hours, Day(w[0]), Day(w[1]))).ToList();

        // Then the intervals are the same, state and comment included
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task The_fixture_is_what_opening_hours_js_prints_today()
    {
        ExternalTools.RequireNode();

        var (exit, output, error) = await ExternalTools.RunAsync("node", Path.Combine(Folder, "opening-hours-intervals.cjs"), FixturePath);

        Assert.True(exit == 0, error);
        Assert.Equal(File.ReadAllText(FixturePath).ReplaceLineEndings("\n"), System.Text.Encoding.UTF8.GetString(output).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_fixture_covers_every_schedule_of_the_sample()
    {
        var values = Loaded.Value.Cases.Select(c => c.Hours).ToHashSet(StringComparer.Ordinal);
        var sample = Directory.GetFiles(Path.Combine(Repository.Root, "content", "lieux"), "*.yml")
            .SelectMany(File.ReadLines)
            .Where(l => l.StartsWith("horaires: \"", StringComparison.Ordinal))
            .Select(l => l["horaires: \"".Length..l.LastIndexOf('"')])
            .ToList();

        Assert.NotEmpty(sample);
        Assert.All(sample, s => Assert.Contains(s, values));
    }

    /// <summary>« 2026-11-27T22:00 2026-11-28T02:00 unknown "comment" », touching spans of one state and comment joined, as opening_hours.js lists them.</summary>
    private static IEnumerable<string> Intervals(OpeningHours hours, DateOnly from, DateOnly to)
    {
        var spans = new List<(DateTime Start, DateTime End, HoursState State, string? Comment)>();
        for (var date = from; date < to; date = date.AddDays(1))
        {
            foreach (var span in hours.On(date))
            {
                var (start, end) = (date.ToDateTime(TimeOnly.MinValue).AddMinutes(span.Start), date.ToDateTime(TimeOnly.MinValue).AddMinutes(span.End));
                if (spans.Count > 0 && spans[^1].End == start && spans[^1].State == span.State && string.Equals(spans[^1].Comment, span.Comment, StringComparison.Ordinal))
                    spans[^1] = spans[^1] with { End = end };
                else spans.Add((start, end, span.State, span.Comment));
            }
        }
        return spans.Select(s => string.Join(' ', new[]
        {
            Stamp(s.Start), Stamp(s.End), s.State == HoursState.Unknown ? "unknown" : null, s.Comment is null ? null : JsonSerializer.Serialize(s.Comment, Json),
        }.OfType<string>()));
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Stamp(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
