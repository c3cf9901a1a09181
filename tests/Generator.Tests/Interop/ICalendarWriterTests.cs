using System.Text;
using Ical.Net;
using Ical.Net.DataTypes;
using Relais.Generator.Interop;
using Relais.Model;

namespace Relais.Generator.Tests.Interop;

/// <summary>The iCalendar writer against RFC 5545, read back with a real parser (Ical.Net).</summary>
public sealed class ICalendarWriterTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>200 characters, most of them two or more octets in UTF-8, and one of four (a phone, outside the BMP).</summary>
    private static readonly string LongAccentedTitle = MakeTitle();

    private static string MakeTitle()
    {
        var text = new StringBuilder("📱 ");
        while (text.Length < 200) text.Append("Éléonore découvre l'ordinateur à Fontevraud-l'Abbaye où ça tâtonne ");
        var title = text.ToString()[..200];
        Assert.False(char.IsHighSurrogate(title[^1]));
        return title;
    }

    private static CalendarEntry Entry(string summary, string? description = null, bool cancelled = false, int sequence = 0) => new(
        "bus-test-20270309-37250-1@test.example.org",
        new DateTime(2027, 3, 9, 9, 0, 0), new DateTime(2027, 3, 9, 12, 0, 0),
        summary, description, "Place de l'Église, 37250 Sorigny", new GeoPoint(47.243, 0.695),
        new Uri("https://test.example.org/bus/bus-test/2027-03-09-sorigny/"), cancelled, sequence,
        new DateTime(2026, 11, 24, 0, 0, 0, DateTimeKind.Utc));

    private static string Write(string name, string zone, CalendarEntry[] entries) =>
        StrictUtf8.GetString(ICalendarWriter.Calendar(name, zone, entries.Select(e => ICalendarWriter.Event(e, zone))));

    [Fact]
    public void Commas_semicolons_a_backslash_a_newline_and_a_long_accented_title_are_escaped_folded_and_read_back()
    {
        // Given a summary with every character TEXT escapes, a newline, and 200 accented characters
        var summary = $"Bus, numérique; test \\ fin\nDeuxième ligne : {LongAccentedTitle}";
        var escaped = $"Bus\\, numérique\\; test \\\\ fin\\nDeuxième ligne : {LongAccentedTitle}";

        // When it is written
        var ics = Write("Agenda, test; \\ ok", "Europe/Paris", [Entry(summary, description: summary)]);

        // Then every line ends with CRLF, and there is no other line break
        Assert.EndsWith("\r\n", ics);
        var lines = ics[..^2].Split("\r\n");
        Assert.All(lines, l => Assert.DoesNotContain('\r', l));
        Assert.All(lines, l => Assert.DoesNotContain('\n', l));

        // every physical line is at most 75 octets, and each is valid UTF-8 on its own (no character split by a fold)
        foreach (var line in lines)
        {
            var octets = StrictUtf8.GetBytes(line); // throws on a lone surrogate
            Assert.True(octets.Length <= 75, $"{octets.Length} octets: {line}");
            Assert.Equal(line, StrictUtf8.GetString(octets));
        }
        var folded = lines.Where(l => l.StartsWith(' ')).ToList();
        Assert.True(folded.Count >= 4, "the long summary and description should have been folded");

        // unfolding gives back the escaped value
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        Assert.Contains("SUMMARY:" + escaped, unfolded);
        Assert.Contains("DESCRIPTION:" + escaped, unfolded);
        Assert.Contains("X-WR-CALNAME:Agenda\\, test\\; \\\\ ok", unfolded);

        // and a real parser reads the original text
        var calendar = Calendar.Load(ics)!;
        var read = Assert.Single(calendar.Events);
        Assert.Equal(summary, read.Summary!.ReplaceLineEndings("\n"));
        Assert.Equal(summary, read.Description!.ReplaceLineEndings("\n"));
        Assert.Equal("Place de l'Église, 37250 Sorigny", read.Location);
    }

    [Theory]
    [InlineData(74, 0)]
    [InlineData(75, 0)]
    [InlineData(76, 1)]
    [InlineData(75 + 74, 1)]
    [InlineData(75 + 75, 2)]
    public void A_line_is_folded_only_past_75_octets_counting_the_continuation_space(int length, int folds)
    {
        var output = new StringBuilder();
        ICalendarWriter.Fold(output, new string('x', length));

        var lines = output.ToString()[..^2].Split("\r\n");
        Assert.Equal(folds + 1, lines.Length);
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.Equal(new string('x', length), output.ToString()[..^2].Replace("\r\n ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fold_never_splits_a_character_of_two_three_or_four_octets()
    {
        // Shifting the text one octet at a time puts each kind of character across the 75th octet
        foreach (var filler in Enumerable.Range(0, 8))
        {
            var line = new string('a', 70 + filler) + "é€📱é€📱" + new string('b', 70);
            var output = new StringBuilder();
            ICalendarWriter.Fold(output, line);
            var bytes = StrictUtf8.GetBytes(output.ToString());

            foreach (var physical in Split(bytes, "\r\n"u8.ToArray()).Where(p => p.Length > 0))
            {
                Assert.True(physical.Length <= 75);
                StrictUtf8.GetString(physical); // throws if a character was cut
            }
            Assert.Equal(line, StrictUtf8.GetString(bytes)[..^2].Replace("\r\n ", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_Paris_time_zone_has_its_summer_and_winter_rules_which_give_the_last_Sundays_of_March_and_October()
    {
        var calendar = Calendar.Load(Write("Test", "Europe/Paris", [Entry("Un passage")]))!;

        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Paris", zone.TzId);
        var daylight = Assert.Single(zone.TimeZoneInfos, i => i.Name == "DAYLIGHT");
        var standard = Assert.Single(zone.TimeZoneInfos, i => i.Name == "STANDARD");
        Assert.Equal(TimeSpan.FromHours(1), daylight.OffsetFrom!.Offset);
        Assert.Equal(TimeSpan.FromHours(2), daylight.OffsetTo!.Offset);
        Assert.Equal(TimeSpan.FromHours(2), standard.OffsetFrom!.Offset);
        Assert.Equal(TimeSpan.FromHours(1), standard.OffsetTo!.Offset);

        // The rules, evaluated by the parser, fall on the days the EU rule gives, for years ahead
        foreach (var year in new[] { 2026, 2027, 2028, 2031 })
        {
            Assert.Equal(ParisTime.LastSunday(year, 3).ToDateTime(new TimeOnly(2, 0)), Onset(daylight, year));
            Assert.Equal(ParisTime.LastSunday(year, 10).ToDateTime(new TimeOnly(3, 0)), Onset(standard, year));
        }
    }

    [Fact]
    public void A_zone_whose_change_is_not_in_the_last_week_gets_the_numbered_Sunday()
    {
        // New York: second Sunday of March, first Sunday of November
        var calendar = Calendar.Load(Write("Test", "America/New_York", [Entry("Un passage")]))!;
        var zone = Assert.Single(calendar.TimeZones);

        Assert.Equal(new DateTime(2027, 3, 14, 2, 0, 0), Onset(Assert.Single(zone.TimeZoneInfos, i => i.Name == "DAYLIGHT"), 2027));
        Assert.Equal(new DateTime(2027, 11, 7, 2, 0, 0), Onset(Assert.Single(zone.TimeZoneInfos, i => i.Name == "STANDARD"), 2027));
    }

    [Fact]
    public void A_zone_without_summer_time_has_one_standard_offset()
    {
        var calendar = Calendar.Load(Write("Test", "Asia/Tokyo", [Entry("Un passage")]))!;

        var info = Assert.Single(Assert.Single(calendar.TimeZones).TimeZoneInfos);
        Assert.Equal("STANDARD", info.Name);
        Assert.Equal(TimeSpan.FromHours(9), info.OffsetTo!.Offset);
    }

    [Fact]
    public void A_cancelled_entry_is_cancelled_with_its_sequence_and_keeps_its_uid_and_place()
    {
        var calendar = Calendar.Load(Write("Test", "Europe/Paris", [Entry("Annulé", cancelled: true, sequence: 7)]))!;

        var read = Assert.Single(calendar.Events);
        Assert.Equal("CANCELLED", read.Status);
        Assert.Equal(7, read.Sequence);
        Assert.Equal("bus-test-20270309-37250-1@test.example.org", read.Uid);
        Assert.Equal(47.243, read.GeographicLocation!.Latitude, 6);
        Assert.Equal(0.695, read.GeographicLocation.Longitude, 6);
        Assert.Equal(new DateTime(2027, 3, 9, 8, 0, 0, DateTimeKind.Utc), read.DtStart!.AsUtc);
    }

    [Fact]
    public void Properties_whose_value_is_the_default_are_not_written_and_the_event_keeps_what_one_needs()
    {
        // Given a confirmed event, never changed (SEQUENCE 0)
        var ics = Write("Test", "Europe/Paris", [Entry("Un passage", description: "Inscription : Mairie de Sorigny, 02 61 91 32 50.")]);

        // Then no line restates a default: STATUS:CONFIRMED, SEQUENCE:0, TRANSP:OPAQUE, CALSCALE:GREGORIAN
        var names = ics.Split("\r\n").Where(l => l.Length > 0 && l[0] != ' ').Select(l => l.Split(':', ';')[0]).ToList();
        Assert.DoesNotContain("STATUS", names);
        Assert.DoesNotContain("SEQUENCE", names);
        Assert.DoesNotContain("TRANSP", names);
        Assert.DoesNotContain("CALSCALE", names);

        // and a parser reads it as the same event, with its time, place, phone and page
        var read = Assert.Single(Calendar.Load(ics)!.Events);
        Assert.Equal(0, read.Sequence);
        Assert.Equal("bus-test-20270309-37250-1@test.example.org", read.Uid);
        Assert.Equal(new DateTime(2027, 3, 9, 8, 0, 0, DateTimeKind.Utc), read.DtStart!.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 9, 11, 0, 0, DateTimeKind.Utc), read.DtEnd!.AsUtc);
        Assert.Equal("Un passage", read.Summary);
        Assert.Equal("Place de l'Église, 37250 Sorigny", read.Location);
        Assert.Contains("02 61 91 32 50", read.Description);
        Assert.Equal("https://test.example.org/bus/bus-test/2027-03-09-sorigny/", read.Url!.AbsoluteUri);
    }

    [Fact]
    public void An_event_is_copied_byte_for_byte_into_every_calendar_that_has_it()
    {
        var first = ICalendarWriter.Event(Entry("Premier"), "Europe/Paris");
        var shared = ICalendarWriter.Event(Entry("Partagé") with { Uid = "partage@test.example.org" }, "Europe/Paris");

        var one = ICalendarWriter.Calendar("Un", "Europe/Paris", [first, shared]);
        var other = ICalendarWriter.Calendar("Autre", "Europe/Paris", [shared]);

        Assert.True(one.AsSpan().IndexOf(shared) > one.AsSpan().IndexOf(first));
        Assert.True(other.AsSpan().IndexOf(shared) > 0);
        Assert.Equal(2, Calendar.Load(StrictUtf8.GetString(one))!.Events.Count);
        Assert.Equal("Partagé", Assert.Single(Calendar.Load(StrictUtf8.GetString(other))!.Events).Summary);
    }

    [Fact]
    public void A_calendar_without_events_still_has_its_time_zone_and_parses()
    {
        // RFC 5545 asks for at least one component in a VCALENDAR: the VTIMEZONE is it.
        var calendar = Calendar.Load(Write("Vide", "Europe/Paris", []))!;

        Assert.Empty(calendar.Events);
        Assert.Equal("Europe/Paris", Assert.Single(calendar.TimeZones).TzId);
    }

    /// <summary>The local time at which a VTIMEZONE rule starts in <paramref name="year"/>, as the parser evaluates its RRULE.</summary>
    private static DateTime Onset(VTimeZoneInfo info, int year) =>
        info.GetOccurrences(new CalDateTime(year, 1, 1, 0, 0, 0, null), null)
            .Select(o => o.Period.StartTime.Value)
            .First(t => t.Year == year);

    private static IEnumerable<byte[]> Split(byte[] bytes, byte[] separator)
    {
        var start = 0;
        for (var i = 0; i + separator.Length <= bytes.Length; i++)
        {
            if (!bytes.AsSpan(i, separator.Length).SequenceEqual(separator)) continue;
            yield return bytes[start..i];
            start = i + separator.Length;
            i += separator.Length - 1;
        }
        yield return bytes[start..];
    }
}
