using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// The schema.org blocks of the built sample, read from its pages: each Event has what Google
/// documents as required (name, startDate, location with its address) and recommended (endDate,
/// description, eventStatus, eventAttendanceMode, organizer with url, offers with price, currency,
/// availability and url; image aside, the site having none), each value in its schema.org range;
/// an event is one session, never a day or a season; each place page describes its place.
/// </summary>
public sealed partial class SampleJsonLdTests(SampleSiteFixture sample)
{
    private const string Schema = "https://schema.org/";

    private static readonly string[] PlaceTypes = ["GovernmentOffice", "Library", "CityHall", "LocalBusiness", "CivicStructure"];

    private static readonly string[] Statuses = ["EventScheduled", "EventCancelled", "EventPostponed", "EventRescheduled", "EventMovedOnline"];

    private static readonly string[] Availabilities = ["InStock", "SoldOut", "LimitedAvailability", "PreOrder"];

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"^([01]\d|2[0-3]):[0-5]\d$")]
    private static partial Regex Clock();

    private List<(string Path, JsonElement Item)> Items()
    {
        sample.AssertBuilt();
        var items = new List<(string, JsonElement)>();
        foreach (var path in Sample.HtmlPages(sample.Output))
        {
            foreach (Match m in Block().Matches(File.ReadAllText(Path.Combine(sample.Output, path))))
            {
                var root = JsonDocument.Parse(m.Groups[1].Value).RootElement.Clone();
                if (root.ValueKind == JsonValueKind.Array) items.AddRange(root.EnumerateArray().Select(e => (path, e)));
                else items.Add((path, root));
            }
        }
        return items;
    }

    private static List<JsonElement> Events(IEnumerable<(string Path, JsonElement Item)> items, string path) =>
        items.Where(i => i.Path == path && i.Item.GetProperty("@type").GetString() == "Event").Select(i => i.Item).ToList();

    [Fact]
    public void Every_event_has_the_required_and_recommended_properties_in_range()
    {
        var problems = new List<string>();
        var events = Items().Where(i => i.Item.GetProperty("@type").GetString() == "Event").ToList();
        Assert.NotEmpty(events);
        foreach (var (path, e) in events)
        {
            void Check(bool ok, string what) { if (!ok) problems.Add($"{path}: {what}"); }
            Check(Text(e, "@context") == "https://schema.org", "@context");
            Check(!string.IsNullOrWhiteSpace(Text(e, "name")), "name");
            Check(!string.IsNullOrWhiteSpace(Text(e, "description")), "description");
            Check(Uri.TryCreate(Text(e, "url"), UriKind.Absolute, out _), "url");
            var start = Text(e, "startDate");
            var end = Text(e, "endDate");
            Check(start is not null && IsoDateTime().IsMatch(start), $"startDate « {start} »");
            Check(end is not null && IsoDateTime().IsMatch(end), $"endDate « {end} »");
            if (start is not null && end is not null && IsoDateTime().IsMatch(start) && IsoDateTime().IsMatch(end))
            {
                var length = DateTimeOffset.Parse(end, CultureInfo.InvariantCulture) - DateTimeOffset.Parse(start, CultureInfo.InvariantCulture);
                Check(length > TimeSpan.Zero && length <= TimeSpan.FromHours(10), $"one session, not {length} from {start} to {end}");
            }
            Check(Statuses.Select(s => Schema + s).Contains(Text(e, "eventStatus")), $"eventStatus « {Text(e, "eventStatus")} »");
            Check(Text(e, "eventAttendanceMode") == Schema + "OfflineEventAttendanceMode", "eventAttendanceMode");
            if (e.TryGetProperty("location", out var location))
            {
                Check(Text(location, "@type") == "Place" && !string.IsNullOrWhiteSpace(Text(location, "name")), "location: a named Place");
                CheckAddress(location, problems, path);
                CheckGeo(location, problems, path);
            }
            else Check(false, "location");
            if (e.TryGetProperty("organizer", out var organiser))
            {
                Check(!string.IsNullOrWhiteSpace(Text(organiser, "name")), "organizer.name");
                Check(Uri.TryCreate(Text(organiser, "url"), UriKind.Absolute, out _), "organizer.url");
            }
            else Check(false, "organizer");
            if (e.TryGetProperty("offers", out var offer))
            {
                Check(offer.TryGetProperty("price", out var price) && price.ValueKind == JsonValueKind.Number && price.GetDecimal() >= 0, "offers.price: a number");
                Check(Text(offer, "priceCurrency") == "EUR", "offers.priceCurrency");
                Check(Availabilities.Select(a => Schema + a).Contains(Text(offer, "availability")), "offers.availability");
                Check(Uri.TryCreate(Text(offer, "url"), UriKind.Absolute, out _), "offers.url");
            }
            else Check(e.TryGetProperty("isAccessibleForFree", out var free) && free.ValueKind == JsonValueKind.False, "offers (missing on a free event)");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
    }

    [Fact]
    public void A_visit_with_a_morning_and_an_afternoon_is_two_events_at_their_own_times()
    {
        var items = Items();
        var stop = sample.Content.OneOffStops.First(s => s.Sessions.Count == 2 && s.Status == "confirme");
        var events = Events(items, $"bus/{stop.Tour}/{stop.Date:yyyy-MM-dd}-{SampleContent.SlugOf(sample.Content.Commune(stop.Commune).Name)}/index.html");

        Assert.Equal(stop.Sessions.Select(s => $"{stop.Date:yyyy-MM-dd}T{s[..5]}"), events.Select(e => Text(e, "startDate")![..16]));
        Assert.Equal(stop.Sessions.Select(s => $"{stop.Date:yyyy-MM-dd}T{s[6..11]}"), events.Select(e => Text(e, "endDate")![..16]));
    }

    [Fact]
    public void Full_and_cancelled_visits_say_so()
    {
        var items = Items();
        string Page(StopEntry s) => $"bus/{s.Tour}/{s.Date:yyyy-MM-dd}-{SampleContent.SlugOf(sample.Content.Commune(s.Commune).Name)}/index.html";
        var full = sample.Content.OneOffStops.Where(s => s.Status == "complet").ToList();
        var cancelled = sample.Content.OneOffStops.Where(s => s.Status == "annule").ToList();
        Assert.NotEmpty(full);
        Assert.NotEmpty(cancelled);
        Assert.All(full.SelectMany(s => Events(items, Page(s))), e => Assert.Equal(Schema + "SoldOut", Text(e.GetProperty("offers"), "availability")));
        Assert.All(cancelled.SelectMany(s => Events(items, Page(s))), e => Assert.Equal(Schema + "EventCancelled", Text(e, "eventStatus")));
    }

    [Fact]
    public void A_workshop_series_is_one_event_per_coming_session()
    {
        var items = Items();
        foreach (var workshop in sample.Content.Workshops)
        {
            var events = Events(items, $"ateliers/{workshop.Slug}/index.html");
            var coming = workshop.Sessions!.Where(s => s.Date >= Sample.Today).ToList();
            var expected = coming.Count > 0 ? coming.Take(10).ToList() : [workshop.Sessions![^1]];
            Assert.Equal(expected.Select(s => $"{s.Date:yyyy-MM-dd}T{s.Time[..5]}"), events.Select(e => Text(e, "startDate")![..16]));
        }
    }

    [Fact]
    public void A_paid_workshop_has_its_price_and_a_full_one_is_sold_out()
    {
        var workshops = Items().Where(i => i.Path.StartsWith("ateliers/", StringComparison.Ordinal) && i.Item.TryGetProperty("offers", out _)).Select(i => i.Item).ToList();
        Assert.Contains(workshops, e => e.GetProperty("offers").GetProperty("price").GetDecimal() == 30m);
        Assert.Contains(workshops, e => Text(e.GetProperty("offers"), "availability") == Schema + "SoldOut" && e.GetProperty("remainingAttendeeCapacity").GetInt32() == 0);
    }

    [Fact]
    public void Every_place_page_describes_its_place_with_address_position_phone_and_hours()
    {
        var items = Items();
        var problems = new List<string>();
        foreach (var place in sample.Content.Places)
        {
            var path = $"lieux/{place.Slug}/index.html";
            var blocks = items.Where(i => i.Path == path).Select(i => i.Item).ToList();
            if (blocks.Count != 1) { problems.Add($"{path}: {blocks.Count} blocks"); continue; }
            var p = blocks[0];
            void Check(bool ok, string what) { if (!ok) problems.Add($"{path}: {what}"); }
            Check(PlaceTypes.Contains(Text(p, "@type")), $"@type « {Text(p, "@type")} »");
            Check(Text(p, "name") == place.Name, "name");
            Check(Text(p, "url") == new Uri(sample.Content.BaseUrl, path[..^"index.html".Length]).AbsoluteUri, "url");
            CheckAddress(p, problems, path);
            CheckGeo(p, problems, path);
            if (place.Phone is { } phone) Check(Text(p, "telephone") == "+33" + new string(phone.Where(char.IsDigit).ToArray())[1..], $"telephone « {Text(p, "telephone")} »");
            foreach (var spec in p.TryGetProperty("openingHoursSpecification", out var specs) ? specs.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                Check(spec.GetProperty("dayOfWeek").EnumerateArray().All(d => Enum.TryParse<DayOfWeek>(d.GetString()![Schema.Length..], out _)), "dayOfWeek");
                Check(Clock().IsMatch(Text(spec, "opens") ?? "") && Clock().IsMatch(Text(spec, "closes") ?? ""), "opens/closes");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(items, i => i.Item.TryGetProperty("specialOpeningHoursSpecification", out _));
    }

    private static void CheckAddress(JsonElement item, List<string> problems, string path)
    {
        if (!item.TryGetProperty("address", out var address) || Text(address, "@type") != "PostalAddress")
        {
            problems.Add($"{path}: no PostalAddress");
            return;
        }
        foreach (var field in new[] { "addressLocality", "postalCode", "addressRegion", "addressCountry" })
            if (string.IsNullOrWhiteSpace(Text(address, field))) problems.Add($"{path}: address.{field}");
    }

    private static void CheckGeo(JsonElement item, List<string> problems, string path)
    {
        if (!item.TryGetProperty("geo", out var geo) || geo.GetProperty("latitude").ValueKind != JsonValueKind.Number || geo.GetProperty("longitude").ValueKind != JsonValueKind.Number)
            problems.Add($"{path}: geo");
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
