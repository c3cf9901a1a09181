using System.Text.Json;
using System.Text.Json.Nodes;
using Relais.Generator.Interop;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Resolved;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Plan;

/// <summary>
/// schema.org Event descriptions for search engines and assistants, embedded as JSON-LD. The
/// default encoder escapes « < », so the text cannot close its script element.
/// </summary>
public static class JsonLd
{
    private const string Schema = "https://schema.org/";

    /// <summary>A visit page's events: the visit, or a recurring stop's next dates (one Event each).</summary>
    public static string ForVisits(VisitGroup group, Uri url, string timeZone)
    {
        if (!group.IsRecurring) return ForVisit(group.Lead, url, timeZone).ToJsonString(JsonText.Options);
        var shown = group.Upcoming.Count > 0 ? group.Upcoming.Take(RecurringEvents) : [group.Lead];
        return new JsonArray(shown.Select(v => (JsonNode)ForVisit(v, url, timeZone)).ToArray()).ToJsonString(JsonText.Options);
    }

    /// <summary>A recurring stop's page describes this many dates; its calendar has them all.</summary>
    private const int RecurringEvents = 10;

    // Accents stay readable; « < », « > », « & » and quotes are still escaped.
    private static JsonObject ForVisit(Visit visit, Uri url, string timeZone)
    {
        var stop = visit.Stop;
        var json = Event($"{visit.Tour.Name} {Fr.At(visit.Commune.Name)}", url,
            LocalTime.At(stop.Date, stop.Sessions[0].Start, timeZone), LocalTime.EndAt(stop.Date, stop.Sessions[^1].End, timeZone),
            visit.IsCancelled, Location(stop.Spot, null, visit.Commune.PostalCodes[0].Value, visit.Commune.Name, visit.Location),
            visit.Tour.Operator, visit.Tour.Fees.Contains(Fee.Free));
        json["description"] = stop.Theme ?? (visit.IsPermanence ? "Aide individuelle aux démarches en ligne, dans le bus" : "Ateliers numériques dans le bus");
        return json;
    }

    public static string ForWorkshop(Workshop workshop, Uri url, string timeZone)
    {
        var first = workshop.Sessions[0];
        var last = workshop.Sessions[^1];
        var json = Event(workshop.Title, url,
            LocalTime.At(first.Date, first.Time.Start, timeZone), LocalTime.EndAt(last.Date, last.Time.End, timeZone),
            false, Location(workshop.Venue, workshop.Street, workshop.Commune.PostalCodes[0].Value, workshop.Commune.Name, workshop.Location),
            workshop.Organiser.Name, workshop.Fees.Contains(Fee.Free));
        if (workshop.Summary is { } summary) json["description"] = summary;
        json["maximumAttendeeCapacity"] = workshop.Capacity;
        if (workshop.Rule is { } rule)
        {
            json["eventSchedule"] = new JsonObject
            {
                ["@type"] = "Schedule",
                ["repeatFrequency"] = "P1W",
                ["byDay"] = Schema + rule.Day,
                ["startDate"] = IsoDate.Format(rule.From),
                ["endDate"] = IsoDate.Format(rule.To),
                ["startTime"] = rule.Time.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                ["endTime"] = rule.Time.End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                ["scheduleTimezone"] = timeZone,
                ["exceptDate"] = new JsonArray(rule.Except.Select(d => (JsonNode)IsoDate.Format(d)).ToArray()),
            };
        }
        return json.ToJsonString(JsonText.Options);
    }

    private static JsonObject Event(string name, Uri url, DateTimeOffset start, DateTimeOffset end, bool cancelled, JsonObject location, string organiser, bool free) => new()
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "Event",
        ["name"] = name,
        ["url"] = url.AbsoluteUri,
        ["startDate"] = LocalTime.Iso(start),
        ["endDate"] = LocalTime.Iso(end),
        ["eventStatus"] = Schema + (cancelled ? "EventCancelled" : "EventScheduled"),
        ["eventAttendanceMode"] = Schema + "OfflineEventAttendanceMode",
        ["location"] = location,
        ["organizer"] = new JsonObject { ["@type"] = "Organization", ["name"] = organiser },
        ["isAccessibleForFree"] = free,
        ["inLanguage"] = "fr",
    };

    private static JsonObject Location(string name, string? street, string postalCode, string locality, GeoPoint point)
    {
        var address = new JsonObject { ["@type"] = "PostalAddress", ["addressLocality"] = locality, ["postalCode"] = postalCode, ["addressCountry"] = "FR" };
        if (street is not null) address["streetAddress"] = street;
        return new JsonObject
        {
            ["@type"] = "Place",
            ["name"] = name,
            ["address"] = address,
            ["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = point.Latitude, ["longitude"] = point.Longitude },
        };
    }
}
