using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Relais.Generator.Interop;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Plan;

/// <summary>
/// schema.org descriptions for search engines and assistants, embedded as JSON-LD: an Event per
/// session of a visit or a workshop (a day with a morning and an afternoon is two events, a series
/// of sessions is one event each), and the place of help itself with its hours. The default encoder
/// escapes « < », so the text cannot close its script element.
/// </summary>
public static partial class JsonLd
{
    private const string Schema = "https://schema.org/";

    /// <summary>The cache key of a page's block: fixed, since the block is made from what the page's key already covers.</summary>
    public const string CacheKey = "schema.org";

    /// <summary>A page describes this many events at most (the next ones); its calendar has them all.</summary>
    private const int MostEvents = 10;

    /// <summary>A place's hours are published for this many days from the build's day, the exceptions within them by date.</summary>
    private const int HoursHorizonDays = 91;

    /// <summary>A visit page's events: one per session of the visit, or of a recurring stop's next dates.</summary>
    public static string ForVisits(VisitGroup group, SiteFrame site)
    {
        var visits = group.IsRecurring && group.Upcoming.Count > 0 ? group.Upcoming : [group.Lead];
        var events = visits.SelectMany(v => VisitEvents(v, site)).Take(MostEvents).ToArray();
        return (events.Length == 1 ? events[0] : new JsonArray(events)).ToJsonString(JsonText.Options);
    }

    private static IEnumerable<JsonNode> VisitEvents(Visit visit, SiteFrame site)
    {
        var stop = visit.Stop;
        var tour = visit.Tour;
        var url = site.Absolute(Routes.Visit(visit));
        var organiser = Organisation(tour.Operator, tour.Contact.Website?.Value ?? site.Absolute(Routes.Tour(tour)));
        foreach (var session in stop.Sessions)
        {
            var json = Event($"{tour.Name} {Fr.At(visit.Commune.Name)}", url,
                LocalTime.At(stop.Date, session.Start, site.Settings.TimeZone), LocalTime.EndAt(stop.Date, session.End, site.Settings.TimeZone),
                visit.IsCancelled, Location(stop.Spot, stop.Spot, visit.Commune, visit.Location), organiser);
            json["description"] = (stop.Theme ?? (visit.IsPermanence ? "Aide individuelle aux démarches en ligne, dans le bus" : "Ateliers numériques dans le bus"))
                + (visit.IsFull ? ". Complet" : "") + ".";
            json["isAccessibleForFree"] = tour.Fees.Contains(Fee.Free);
            if (Offer(tour.Fees.Contains(Fee.Free), null, visit.IsFull, url) is { } offer) json["offers"] = offer;
            yield return json;
        }
    }

    /// <summary>A workshop page's events: one per coming session (the last one once the series is over).</summary>
    public static string ForWorkshop(Workshop workshop, SiteFrame site)
    {
        var url = site.Absolute(Routes.Workshop(workshop));
        var organiser = Organisation(workshop.Organiser.Name, site.Absolute(Routes.Place(workshop.Organiser)));
        var free = workshop.Fees.Contains(Fee.Free);
        var sessions = workshop.UpcomingSessions.Count > 0 ? workshop.UpcomingSessions.Take(MostEvents) : workshop.Sessions.TakeLast(1);
        var events = sessions.Select(s =>
        {
            var json = Event(workshop.Title, url,
                LocalTime.At(s.Date, s.Time.Start, site.Settings.TimeZone), LocalTime.EndAt(s.Date, s.Time.End, site.Settings.TimeZone),
                false, Location(workshop.Venue, workshop.Street, workshop.Commune, workshop.Location), organiser);
            json["description"] = workshop.Summary ?? workshop.Title;
            json["isAccessibleForFree"] = free;
            json["maximumAttendeeCapacity"] = workshop.Capacity;
            if (workshop.FreeSeats is { } seats) json["remainingAttendeeCapacity"] = seats;
            if (Offer(free, workshop.Price, workshop.FreeSeats == 0, url) is { } offer) json["offers"] = offer;
            return (JsonNode)json;
        }).ToArray();
        return (events.Length == 1 ? events[0] : new JsonArray(events)).ToJsonString(JsonText.Options);
    }

    /// <summary>
    /// A place of help: its schema.org type, address, position, phone and hours. The hours are the
    /// days of the next three months as the place's OSM hours give them: a usual week valid over
    /// those months, and each date that departs from it (a public holiday, a season) as an exception,
    /// so that nothing said is wrong on any of those days. Hours that are only a note (« sur
    /// rendez-vous ») are not published as hours.
    /// </summary>
    public static string ForPlace(Place place, SiteFrame site)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = PlaceType(place),
            ["name"] = place.Name,
            ["url"] = site.Absolute(Routes.Place(place)).AbsoluteUri,
            ["address"] = Address(place.Address.Street, place.Address.PostalCode.Value, place.Address.Commune),
            ["geo"] = Geo(place.Location),
        };
        if (place.Summary is { } summary) json["description"] = summary;
        if (place.Phone is { } phone) json["telephone"] = phone.International;
        if (place.Emails.Count > 0) json["email"] = place.Emails[0].Value;
        if (place.Websites.Count > 0) json["sameAs"] = new JsonArray(place.Websites.Select(w => (JsonNode)w.Value.AbsoluteUri).ToArray());
        json["isAccessibleForFree"] = place.Fees.Contains(Fee.Free);
        if (place.Hours is { } hours) AddHours(json, hours, site.Today);
        return json.ToJsonString(JsonText.Options);
    }

    private static string PlaceType(Place place) =>
        place.Programmes.Contains(NationalProgramme.FranceServices) || place.Typologies.Contains(Typology.Rfs) ? "GovernmentOffice"
        : place.Typologies.Contains(Typology.Bib) ? "Library"
        : place.Typologies.Contains(Typology.Muni) ? "CityHall"
        : place.Typologies.Contains(Typology.TiersLieux) ? "LocalBusiness"
        : "CivicStructure";

    private static void AddHours(JsonObject json, Model.Hours.OpeningHours hours, DateOnly today)
    {
        var days = Enumerable.Range(0, HoursHorizonDays).Select(today.AddDays).Select(d => (Date: d, Times: hours.OpenOn(d))).ToList();
        if (days.All(d => d.Times.Count == 0)) return; // notes only, or closed for months: nothing sure to say
        var last = days[^1].Date;
        // The usual week: for each weekday, the hours it has most often over the horizon (the earliest on a tie).
        var usual = days.GroupBy(d => d.Date.DayOfWeek).ToDictionary(g => g.Key, g => g
            .GroupBy(d => Key(d.Times)).OrderByDescending(k => k.Count()).First().First().Times);
        var specs = new JsonArray();
        foreach (var group in usual.Where(u => u.Value.Count > 0)
            .SelectMany(u => u.Value.Select(t => (Day: u.Key, Time: t)))
            .GroupBy(x => x.Time).OrderBy(g => g.Key.Start).ThenBy(g => g.Key.End))
        {
            specs.Add(new JsonObject
            {
                ["@type"] = "OpeningHoursSpecification",
                ["dayOfWeek"] = new JsonArray(group.Select(x => x.Day).OrderBy(MondayFirst).Select(d => (JsonNode)(Schema + d)).ToArray()),
                ["opens"] = Clock(group.Key.Start),
                ["closes"] = Closes(group.Key),
                ["validFrom"] = IsoDate.Format(today),
                ["validThrough"] = IsoDate.Format(last),
            });
        }
        json["openingHoursSpecification"] = specs;
        var special = new JsonArray();
        foreach (var (date, times) in days.Where(d => Key(d.Times) != Key(usual[d.Date.DayOfWeek])))
        {
            // schema.org's way of saying « closed that day »: opens and closes at midnight.
            foreach (var time in times.Count == 0 ? [new TimeRange(TimeOnly.MinValue, TimeOnly.MinValue)] : times)
            {
                special.Add(new JsonObject
                {
                    ["@type"] = "OpeningHoursSpecification",
                    ["validFrom"] = IsoDate.Format(date),
                    ["validThrough"] = IsoDate.Format(date),
                    ["opens"] = Clock(time.Start),
                    ["closes"] = times.Count == 0 ? Clock(time.End) : Closes(time),
                });
            }
        }
        if (special.Count > 0) json["specialOpeningHoursSpecification"] = special;
    }

    private static string Key(IReadOnlyList<TimeRange> times) => string.Join(',', times.Select(t => $"{Clock(t.Start)}-{Clock(t.End)}"));

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    // A range to midnight ends at 23:59 for schema.org, where opening and closing at 00:00 means closed.
    private static string Closes(TimeRange time) => time.End == TimeOnly.MinValue ? "23:59" : Clock(time.End);

    private static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static JsonObject Event(string name, Uri url, DateTimeOffset start, DateTimeOffset end, bool cancelled, JsonObject location, JsonObject organiser) => new()
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
        ["organizer"] = organiser.DeepClone(), // one organiser, an object per event
        ["inLanguage"] = "fr",
    };

    private static JsonObject Organisation(string name, Uri url) => new() { ["@type"] = "Organization", ["name"] = name, ["url"] = url.AbsoluteUri };

    /// <summary>What a seat costs and whether one is left; null when a paid event's price is not a sum
    /// we can read (« tarif » is free text): no offer rather than a wrong one.</summary>
    private static JsonObject? Offer(bool free, string? price, bool soldOut, Uri url)
    {
        decimal? amount = free ? 0m : price is not null && Euros().Match(price) is { Success: true } m
            ? decimal.Parse(m.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture)
            : null;
        if (amount is null) return null;
        var offer = new JsonObject
        {
            ["@type"] = "Offer",
            ["price"] = amount.Value,
            ["priceCurrency"] = "EUR",
            ["availability"] = Schema + (soldOut ? "SoldOut" : "InStock"),
            ["url"] = url.AbsoluteUri,
        };
        if (!free && price is not null) offer["description"] = price;
        return offer;
    }

    // « 30 € », « 30€ », « 12,50 € »: the first sum in euros of a « tarif ».
    [GeneratedRegex(@"(\d+(?:[.,]\d{1,2})?)\s*(?:€|euros?\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Euros();

    private static JsonObject Location(string name, string? street, Commune commune, GeoPoint point) => new()
    {
        ["@type"] = "Place",
        ["name"] = name,
        ["address"] = Address(street, commune.PostalCodes[0].Value, commune),
        ["geo"] = Geo(point),
    };

    private static JsonObject Address(string? street, string postalCode, Commune commune)
    {
        var address = new JsonObject { ["@type"] = "PostalAddress" };
        if (street is not null) address["streetAddress"] = street;
        address["addressLocality"] = commune.Name;
        address["postalCode"] = postalCode;
        address["addressRegion"] = Departments.Get(commune.DepartmentCode).Name;
        address["addressCountry"] = "FR";
        return address;
    }

    private static JsonObject Geo(GeoPoint point) => new() { ["@type"] = "GeoCoordinates", ["latitude"] = point.Latitude, ["longitude"] = point.Longitude };
}
