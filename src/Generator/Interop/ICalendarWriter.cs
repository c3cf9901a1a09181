using System.Globalization;
using System.Text;
using Relais.Model;

namespace Relais.Generator.Interop;

/// <summary>One event of a calendar feed, in the site's local time.</summary>
public sealed record CalendarEntry(
    string Uid,
    DateTime Start,
    DateTime End,
    string Summary,
    string? Description,
    string? Location,
    GeoPoint? Geo,
    Uri? Url,
    bool Cancelled,
    int Sequence,
    DateTime StampUtc);

/// <summary>
/// Writes iCalendar (RFC 5545) feeds that calendar apps accept: UTF-8, CRLF, lines folded at 75
/// octets without splitting a character, TEXT escaped, local times with TZID and a VTIMEZONE
/// derived from the system's rules for that zone. Written by hand: the design card lists no iCal
/// library, and the one now served leaves VTIMEZONE empty; tests parse our output with it.
/// An event is written once, as bytes, and copied into every calendar that has it: a bus visit is
/// in some fifty commune calendars.
/// </summary>
public static class ICalendarWriter
{
    private const int MaxOctets = 75;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly byte[] End = "END:VCALENDAR\r\n"u8.ToArray();

    // A zone's VTIMEZONE is found by scanning a year of offsets: once per zone, not once per calendar.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> TimeZones = new(StringComparer.Ordinal);

    /// <summary>
    /// One VEVENT, folded and encoded. Properties whose value would be the default are left out:
    /// SEQUENCE:0 and TRANSP:OPAQUE (RFC 5545 §3.8.7.4, §3.8.2.7), and STATUS unless cancelled
    /// (apps show an event without one as taking place).
    /// </summary>
    public static byte[] Event(CalendarEntry entry, string timeZoneId)
    {
        var ical = new StringBuilder(768);
        void Line(string text) => Fold(ical, text);

        Line("BEGIN:VEVENT");
        Line("UID:" + entry.Uid);
        Line("DTSTAMP:" + entry.StampUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        Line($"DTSTART;TZID={timeZoneId}:{Local(entry.Start)}");
        Line($"DTEND;TZID={timeZoneId}:{Local(entry.End)}");
        Line("SUMMARY:" + Escape(entry.Summary));
        if (entry.Description is { } description) Line("DESCRIPTION:" + Escape(description));
        if (entry.Location is { } location) Line("LOCATION:" + Escape(location));
        if (entry.Geo is { } geo)
            Line($"GEO:{geo.Latitude.ToString("0.######", CultureInfo.InvariantCulture)};{geo.Longitude.ToString("0.######", CultureInfo.InvariantCulture)}");
        if (entry.Url is { } url) Line("URL:" + url.AbsoluteUri);
        if (entry.Cancelled) Line("STATUS:CANCELLED");
        if (entry.Sequence != 0) Line("SEQUENCE:" + entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Line("END:VEVENT");
        return Utf8.GetBytes(ical.ToString());
    }

    /// <summary>
    /// A calendar of events made by <see cref="Event"/>, in the order given, with the zone's VTIMEZONE.
    /// No CALSCALE: GREGORIAN is the default (§3.7.1).
    /// </summary>
    public static byte[] Calendar(string name, string timeZoneId, IEnumerable<byte[]> events)
    {
        var header = Folded(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Relais//Annuaire de l'inclusion numerique//FR",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(name),
            "X-WR-TIMEZONE:" + timeZoneId,
            // Subscribed calendars refresh twice a day: a cancellation reaches them within hours.
            "REFRESH-INTERVAL;VALUE=DURATION:PT12H",
            "X-PUBLISHED-TTL:PT12H",
        ]);
        // Written even in a calendar without events: a VCALENDAR needs at least one component.
        var zone = TimeZones.GetOrAdd(timeZoneId, id => Folded(TimeZoneLines(TimeZoneInfo.FindSystemTimeZoneById(id), id)));

        var parts = new List<byte[]> { header, zone };
        parts.AddRange(events);
        parts.Add(End);
        var output = new byte[parts.Sum(p => p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(output, at);
            at += part.Length;
        }
        return output;
    }

    private static byte[] Folded(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines) Fold(text, line);
        return Utf8.GetBytes(text.ToString());
    }

    /// <summary>TEXT values: backslash, semicolon, comma and newlines escaped (RFC 5545 §3.3.11).</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal);

    /// <summary>Appends a content line, folded so no physical line exceeds 75 octets (§3.1).</summary>
    public static void Fold(StringBuilder output, string line)
    {
        // Most lines are short: no need to count their characters one by one.
        if (line.Length <= MaxOctets && Encoding.UTF8.GetByteCount(line) <= MaxOctets)
        {
            output.Append(line).Append("\r\n");
            return;
        }
        var octets = 0;
        var limit = MaxOctets;
        var i = 0;
        while (i < line.Length)
        {
            var width = char.IsSurrogatePair(line, i) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1; // the leading space of a continuation line counts
            }
            output.Append(line, i, width);
            octets += size;
            i += width;
        }
        output.Append("\r\n");
    }

    private static string Local(DateTime time) => time.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>
    /// A VTIMEZONE with the zone's current yearly rules as RRULEs: found from the system's own
    /// transitions this year, so Europe/Paris gives the last Sundays of March and October.
    /// </summary>
    private static IEnumerable<string> TimeZoneLines(TimeZoneInfo zone, string id)
    {
        yield return "BEGIN:VTIMEZONE";
        yield return "TZID:" + id;
        // 1970 and 2026 share a calendar (non-leap years starting on a Thursday): the onsets found
        // in 2026 are valid 1970 dates, the conventional first onset of the RRULEs below.
        const int year = 2026;
        var transitions = Transitions(zone, year);
        if (transitions.Count != 2)
        {
            var offset = Offset(zone.GetUtcOffset(new DateTime(year, 1, 1, 12, 0, 0, DateTimeKind.Utc)));
            yield return "BEGIN:STANDARD";
            yield return "DTSTART:19700101T000000";
            yield return "TZOFFSETFROM:" + offset;
            yield return "TZOFFSETTO:" + offset;
            yield return "END:STANDARD";
        }
        else
        {
            foreach (var (localBefore, from, to) in transitions)
            {
                var kind = to > from ? "DAYLIGHT" : "STANDARD";
                var week = (localBefore.Day - 1) / 7 + 1;
                var byDay = localBefore.AddDays(7).Month != localBefore.Month ? "-1" : week.ToString(CultureInfo.InvariantCulture);
                var day = localBefore.DayOfWeek.ToString()[..2].ToUpperInvariant();
                yield return $"BEGIN:{kind}";
                yield return string.Create(CultureInfo.InvariantCulture, $"DTSTART:1970{localBefore:MMdd}T{localBefore:HHmmss}");
                yield return string.Create(CultureInfo.InvariantCulture, $"RRULE:FREQ=YEARLY;BYMONTH={localBefore.Month};BYDAY={byDay}{day}");
                yield return "TZOFFSETFROM:" + Offset(from);
                yield return "TZOFFSETTO:" + Offset(to);
                yield return $"END:{kind}";
            }
        }
        yield return "END:VTIMEZONE";
    }

    /// <summary>The year's offset changes: the local wall-clock time just before each, and the offsets.</summary>
    private static List<(DateTime LocalBefore, TimeSpan From, TimeSpan To)> Transitions(TimeZoneInfo zone, int year)
    {
        var found = new List<(DateTime, TimeSpan, TimeSpan)>();
        var instant = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var offset = zone.GetUtcOffset(instant);
        for (var t = instant; t.Year == year; t = t.AddMinutes(30))
        {
            var next = zone.GetUtcOffset(t);
            if (next != offset)
            {
                found.Add((DateTime.SpecifyKind(t + offset, DateTimeKind.Unspecified), offset, next));
                offset = next;
            }
        }
        return found.OrderBy(f => f.Item1).ToList();
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
}
