using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ical.Net;
using Calendar = Ical.Net.Calendar;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// What families subscribe to and machines read, against the content files: the calendars, the
/// webcal links, the Atom feed of changed visits, and the JSON-LD events of stop and workshop pages.
/// </summary>
public sealed class SampleFeedsTests(SampleSiteFixture sample)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private SampleContent Content => sample.Content;

    [Fact]
    public void The_whole_agenda_has_one_event_per_session_of_every_stop_and_workshop_at_its_Paris_time()
    {
        // Given the sample built for 2026-11-24
        sample.AssertBuilt();
        var calendar = Load(sample.Output, "donnees/agenda.ics");

        // Then every session of every stop is an event at its local time, with its place and page
        var expected = Content.Stops.SelectMany(s => s.Sessions.Select(time => (s.Date, Time: time, Location: Content.Location(s), Page: $"/bus/{s.Tour}/", Cancelled: s.Status == "annule")))
            .Concat(Content.Workshops.SelectMany(w => w.Sessions!.Select(x => (x.Date, x.Time, Location: Content.Location(w), Page: $"/ateliers/{w.Slug}/", Cancelled: false))))
            .ToList();
        Assert.Equal(expected.Count, calendar.Events.Count);
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        foreach (var (date, time, location, page, cancelled) in expected)
        {
            var start = TimeOnly.ParseExact(time[..5], "HH:mm", CultureInfo.InvariantCulture);
            var events = calendar.Events.Where(e => e.DtStart!.Date == date && e.DtStart.Time == start && e.Url!.AbsolutePath.StartsWith(page, StringComparison.Ordinal)
                && Math.Abs(e.GeographicLocation!.Latitude - location.Latitude) < 1e-6 && Math.Abs(e.GeographicLocation.Longitude - location.Longitude) < 1e-6).ToList();
            var read = Assert.Single(events);
            Assert.Equal("Europe/Paris", read.DtStart!.TzId);
            Assert.Equal(DateTime.SpecifyKind(date.ToDateTime(start) - ParisTime.Offset(date, start), DateTimeKind.Utc), read.DtStart.AsUtc);
            Assert.Equal(cancelled ? "CANCELLED" : null, read.Status); // confirmed: the default, not written
            Assert.False(string.IsNullOrWhiteSpace(read.Location));
            Assert.True(File.Exists(Path.Combine(sample.Output, Sample.FileOf(read.Url!.AbsolutePath))), $"{read.Url} is no page of the site");
            Assert.StartsWith(Content.BaseUrl.AbsoluteUri, read.Url.AbsoluteUri);
        }
    }

    [Fact]
    public void Each_stop_tour_and_workshop_calendar_has_its_own_sessions_and_every_calendar_parses()
    {
        sample.AssertBuilt();
        var agenda = Load(sample.Output, "donnees/agenda.ics").Events.ToDictionary(e => e.Uid!);

        foreach (var stop in Content.OneOffStops)
        {
            var folder = Sample.HtmlPages(sample.Output).Single(p => Regex.IsMatch(p, $"^bus/{stop.Tour}/{stop.Date:yyyy-MM-dd}-[^/]+/index\\.html$"))[..^"index.html".Length];
            var events = Load(sample.Output, folder + "agenda.ics").Events;
            Assert.Equal(stop.Sessions.Count, events.Count);
            Assert.All(events, e => Assert.Equal(stop.Date, e.DtStart!.Date));
            Assert.All(events, e => Assert.Equal(agenda[e.Uid!].Sequence, e.Sequence)); // the same event as in the whole agenda
        }
        // A recurring stop's page has one calendar with every date of its stops in that commune, as the content file's rule gives them
        Assert.NotEmpty(Content.RecurringPages);
        foreach (var (tour, commune) in Content.RecurringPages)
        {
            var dates = Content.Stops.Where(s => s.Recurring && s.Tour == tour && s.Commune == commune).SelectMany(s => s.Sessions.Select(_ => s.Date)).Order().ToList();
            var events = Load(sample.Output, Content.RecurringFolder(tour, commune) + "/agenda.ics").Events;
            Assert.Equal(dates, events.Select(e => DateOnly.FromDateTime(e.DtStart!.Value)).Order().ToList());
            Assert.All(events, e => Assert.Equal(agenda[e.Uid!].Sequence, e.Sequence));
        }
        foreach (var tour in Content.TourFiles)
            Assert.Equal(Content.Stops.Where(s => s.Tour == tour.Slug).Sum(s => s.Sessions.Count), Load(sample.Output, $"donnees/bus/{tour.Slug}.ics").Events.Count);
        foreach (var workshop in Content.Workshops)
            Assert.Equal(workshop.Sessions!.Count, Load(sample.Output, $"ateliers/{workshop.Slug}/agenda.ics").Events.Count);

        // and every calendar of the site parses, with events the whole agenda also has
        var files = Sample.Files(sample.Output).Where(f => f.EndsWith(".ics", StringComparison.Ordinal)).ToList();
        Assert.Equal(1 + Content.Communes.Count + Content.Tours.Count + Content.StopPageCount + Content.Workshops.Count, files.Count);
        foreach (var file in files)
            Assert.All(Load(sample.Output, file).Events, e => Assert.True(agenda.ContainsKey(e.Uid!), $"{file}: {e.Uid} is not in the whole agenda"));
    }

    [Fact]
    public void Webcal_links_lead_to_calendars_of_the_site()
    {
        sample.AssertBuilt();
        var files = Sample.Files(sample.Output).ToHashSet(StringComparer.Ordinal);
        var pagesWithOne = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Sample.HtmlPages(sample.Output))
        {
            foreach (var link in OutputAssert.Html(sample.Output, path).QuerySelectorAll("a[href^=\"webcal:\"]"))
            {
                var url = new Uri(link.GetAttribute("href")!);
                Assert.Equal(Content.BaseUrl.Host, url.Host);
                // The base URL names no port: none may appear (https's 443 is not webcal's).
                Assert.StartsWith($"webcal://{Content.BaseUrl.Host}/", link.GetAttribute("href"));
                Assert.EndsWith(".ics", url.AbsolutePath);
                Assert.True(files.Contains(Sample.FileOf(url.AbsolutePath)), $"{path}: {url} leads to no calendar");
                pagesWithOne.Add(path);
            }
        }
        // The agenda, the data page, every tour and every commune offer to subscribe
        Assert.Contains("agenda/index.html", pagesWithOne);
        Assert.Contains("donnees/index.html", pagesWithOne);
        Assert.All(Content.Tours, t => Assert.Contains($"bus/{t}/index.html", pagesWithOne));
        Assert.Equal(Content.Communes.Count, pagesWithOne.Count(p => p.StartsWith("communes/", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_sample_feed_is_atom_with_one_entry_per_visit_with_a_date_maj()
    {
        sample.AssertBuilt();
        var feed = XDocument.Parse(File.ReadAllText(Path.Combine(sample.Output, "donnees/passages-du-bus.atom")));

        Assert.Equal(Atom + "feed", feed.Root!.Name);
        // (a recurring stop's page is one visit)
        var pages = Content.Stops.Where(s => (s.UpdatedOn ?? Content.Tour(s.Tour).UpdatedOn) is not null)
            .DistinctBy(s => s.Recurring ? $"{s.Tour} {s.Commune}" : $"{s.Tour} {s.Date}").Count();
        Assert.Equal(pages, feed.Root.Elements(Atom + "entry").Count());
    }

    [Fact]
    public void The_feed_has_an_entry_per_changed_visit_dated_by_its_date_maj_and_leading_to_its_page()
    {
        // Given a copy of the sample where editors recorded changes: two stops of one tour, and the whole other tour
        using var site = TestSite.FromSample();
        site.EditFile("content/tournees/bus-numerique-touraine.yml", "date_maj: 2026-11-18              # dernière modification des passages\n", "");
        site.EditFile("content/tournees/bus-numerique-touraine.yml", "    date_maj: 2026-11-22\n", "");
        site.EditFile("content/tournees/bus-demarches-barousse.yml", "date_maj: 2026-11-10\n", "");
        site.EditFile("content/tournees/bus-numerique-touraine.yml", "  - date: 2027-03-09\n", "  - date: 2027-03-09\n    date_maj: 2026-11-10\n");
        site.EditFile("content/tournees/bus-numerique-touraine.yml", "    statut: annule\n", "    statut: annule\n    date_maj: 2026-11-20\n");
        site.EditFile("content/tournees/bus-demarches-barousse.yml", "seances_par_defaut: [\"09:30-12:00\"]\n", "seances_par_defaut: [\"09:30-12:00\"]\ndate_maj: 2026-10-15\n");
        var (output, diagnostics) = site.Build(Sample.Today);
        Assert.True(output is not null, string.Join("\n", diagnostics));
        var content = SampleContent.Read(site.Root);
        // (a recurring stop's page is one visit: its dates change together)
        var changed = content.Stops.Select(s => (Stop: s, Updated: s.UpdatedOn ?? content.Tour(s.Tour).UpdatedOn)).Where(s => s.Updated is not null)
            .DistinctBy(s => s.Stop.Recurring ? $"{s.Stop.Tour} {s.Stop.Commune}" : $"{s.Stop.Tour} {s.Stop.Date}").ToList();
        Assert.Equal(2 + content.OneOffStops.Count(s => s.Tour == "bus-demarches-barousse") + content.RecurringPages.Count(r => r.Tour == "bus-demarches-barousse"), changed.Count);

        // When the feed is read as XML
        var feed = XDocument.Parse(File.ReadAllText(Path.Combine(output, "donnees/passages-du-bus.atom")));
        var root = feed.Root!;

        // Then it is an Atom feed with its id, title and the latest change as its date
        Assert.Equal(Atom + "feed", root.Name);
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Atom + "id")?.Value));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Atom + "title")?.Value));
        Assert.Equal(changed.Max(c => c.Updated!.Value), Date(root.Element(Atom + "updated")!.Value));
        Assert.Contains(root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && ((string?)l.Attribute("href"))!.EndsWith("/donnees/passages-du-bus.atom", StringComparison.Ordinal));

        // with one entry per changed visit, updated on its date_maj (midnight, Paris time), leading to its existing page
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.Equal(changed.Count, entries.Count);
        foreach (var (stop, updated) in changed)
        {
            var link = entries.Select(e => (Entry: e, Href: (string)e.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!))
                .Where(e => stop.Recurring ? e.Href.EndsWith($"/{content.RecurringFolder(stop.Tour, stop.Commune)}/", StringComparison.Ordinal) : Regex.IsMatch(e.Href, $"/bus/{stop.Tour}/{stop.Date:yyyy-MM-dd}-[a-z0-9-]+/$"))
                .ToList();
            var (entry, href) = Assert.Single(link);
            Assert.StartsWith(content.BaseUrl.AbsoluteUri, href);
            Assert.True(File.Exists(Path.Combine(output, Sample.FileOf(new Uri(href).AbsolutePath))), $"{href} is no page of the site");
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "id")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "title")?.Value));
            Assert.False(string.IsNullOrWhiteSpace(entry.Element(Atom + "author")?.Element(Atom + "name")?.Value));
            var stamp = DateTimeOffset.Parse(entry.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture);
            Assert.Equal(updated!.Value.ToDateTime(TimeOnly.MinValue), stamp.DateTime);
            Assert.Equal(ParisTime.Offset(updated.Value, TimeOnly.MinValue), stamp.Offset);
            if (stop.Status == "annule") Assert.Contains("annulé", entry.Element(Atom + "title")!.Value);
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public void A_stop_page_describes_each_session_as_an_event_cancelled_when_it_is()
    {
        sample.AssertBuilt();
        foreach (var stop in Content.OneOffStops)
        {
            var path = Sample.HtmlPages(sample.Output).Single(p => Regex.IsMatch(p, $"^bus/{stop.Tour}/{stop.Date:yyyy-MM-dd}-[^/]+/index\\.html$"));
            var events = Events(path);
            var commune = Content.Commune(stop.Commune);

            Assert.Equal(stop.Sessions.Count, events.Count);
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                Assert.Equal(stop.Status == "annule" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled", e.GetProperty("eventStatus").GetString());
                Assert.Equal(ParisTime.Iso(stop.Date, TimeOnly.ParseExact(stop.Sessions[i][..5], "HH:mm", CultureInfo.InvariantCulture)), e.GetProperty("startDate").GetString());
                Assert.Equal(ParisTime.Iso(stop.Date, TimeOnly.ParseExact(stop.Sessions[i][6..], "HH:mm", CultureInfo.InvariantCulture)), e.GetProperty("endDate").GetString());
                Assert.Equal(new Uri(Content.BaseUrl, Sample.RouteOf(path).TrimStart('/')).AbsoluteUri, e.GetProperty("url").GetString());
                AssertLocation(e.GetProperty("location"), stop.Spot, commune, Content.Location(stop));
            }
        }
    }

    [Fact]
    public void A_workshop_page_describes_its_next_session_first_in_JSON_LD()
    {
        sample.AssertBuilt();
        foreach (var workshop in Content.Workshops)
        {
            var e = Events($"ateliers/{workshop.Slug}/index.html")[0];
            var (date, time) = workshop.Sessions!.FirstOrDefault(s => s.Date >= Sample.Today, workshop.Sessions![^1]);

            Assert.Equal("https://schema.org/EventScheduled", e.GetProperty("eventStatus").GetString());
            Assert.Equal(workshop.Title, e.GetProperty("name").GetString());
            Assert.Equal(ParisTime.Iso(date, TimeOnly.ParseExact(time[..5], "HH:mm", CultureInfo.InvariantCulture)), e.GetProperty("startDate").GetString());
            Assert.Equal(ParisTime.Iso(date, TimeOnly.ParseExact(time[6..], "HH:mm", CultureInfo.InvariantCulture)), e.GetProperty("endDate").GetString());
            AssertLocation(e.GetProperty("location"), null, Content.Commune(workshop.Commune), Content.Location(workshop));
        }
    }

    [Fact]
    public void The_JSON_LD_dates_of_the_sample_use_both_the_winter_and_the_summer_offset()
    {
        // So the offset checks above see both sides of a change: read from the pages themselves
        sample.AssertBuilt();
        var offsets = Sample.HtmlPages(sample.Output)
            .Where(p => Regex.IsMatch(p, "^bus/[^/]+/[0-9]{4}-[0-9]{2}-[0-9]{2}-[^/]+/index\\.html$"))
            .SelectMany(Events)
            .Select(e => e.GetProperty("startDate").GetString()![^6..])
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["+01:00", "+02:00"], offsets);
    }

    /// <summary>A page's events: its one JSON-LD block, an Event or an array of them.</summary>
    private List<JsonElement> Events(string path)
    {
        var scripts = OutputAssert.Html(sample.Output, path).QuerySelectorAll("script[type=\"application/ld+json\"]");
        var script = Assert.Single(scripts);
        var root = JsonDocument.Parse(script.TextContent).RootElement.Clone();
        var events = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Equal("https://schema.org", e.GetProperty("@context").GetString());
            Assert.Equal("Event", e.GetProperty("@type").GetString());
        });
        return events;
    }

    private static void AssertLocation(JsonElement location, string? spot, CommuneRow commune, (double Latitude, double Longitude) point)
    {
        Assert.Equal("Place", location.GetProperty("@type").GetString());
        if (spot is not null) Assert.Equal(spot, location.GetProperty("name").GetString());
        var address = location.GetProperty("address");
        Assert.Equal("PostalAddress", address.GetProperty("@type").GetString());
        Assert.Equal(commune.Name, address.GetProperty("addressLocality").GetString());
        Assert.Equal("FR", address.GetProperty("addressCountry").GetString());
        Assert.Matches("^\\d{5}$", address.GetProperty("postalCode").GetString());
        var geo = location.GetProperty("geo");
        Assert.Equal("GeoCoordinates", geo.GetProperty("@type").GetString());
        Assert.Equal(point.Latitude, geo.GetProperty("latitude").GetDouble(), 6);
        Assert.Equal(point.Longitude, geo.GetProperty("longitude").GetDouble(), 6);
    }

    private static Calendar Load(string output, string file)
    {
        var path = Path.Combine(output, file);
        Assert.True(File.Exists(path), $"{file} was not written");
        var calendar = Calendar.Load(File.ReadAllText(path));
        Assert.True(calendar is not null, $"{file} is not an iCalendar file");
        return calendar;
    }

    private static DateOnly Date(string timestamp) => DateOnly.FromDateTime(DateTimeOffset.Parse(timestamp, CultureInfo.InvariantCulture).DateTime);
}
