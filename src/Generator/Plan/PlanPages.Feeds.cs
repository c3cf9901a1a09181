using System.Security;
using System.Text;
using Relais.Generator.Interop;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;

namespace Relais.Generator.Plan;

/// <summary>What families subscribe to and machines read: calendars, the Atom feed, sitemap, robots.</summary>
public static partial class PlanPages
{
    private static readonly DateOnly SequenceEpoch = new(2020, 1, 1);

    private static string CommuneCalendar(PlanContext context, CommuneOffers offers) =>
        Calendar(context, $"Bus numérique près {Fr.Of(offers.Commune.Name)}",
            offers.UpcomingVisits.Concat(offers.PastVisits).Select(v => v.Item).OrderBy(v => v.Stop.Date).SelectMany(context.VisitEntries));

    private static string TourCalendar(PlanContext context, Tour tour, IEnumerable<Visit> visits) =>
        Calendar(context, tour.Name, visits.SelectMany(context.VisitEntries));

    private static string VisitCalendar(PlanContext context, Visit visit) =>
        Calendar(context, $"{visit.Tour.Name} {Fr.At(visit.Commune.Name)}", context.VisitEntries(visit));

    private static string WorkshopCalendar(PlanContext context, Workshop workshop) =>
        Calendar(context, workshop.Title, WorkshopEntries(context, workshop));

    private static string Calendar(PlanContext context, string name, IEnumerable<CalendarEntry> entries) =>
        ICalendarWriter.Write(name, context.Site.Settings.TimeZone, entries);

    /// <summary>
    /// One event per session. The UID names the tour, day, commune and session, so it survives
    /// rebuilds; SEQUENCE grows with the editors' « date_maj » and with a cancellation, so a
    /// subscribed calendar takes the newer version.
    /// </summary>
    private static IEnumerable<CalendarEntry> VisitEntries(PlanContext context, Visit visit)
    {
        var stop = visit.Stop;
        var host = context.Frame.Settings.BaseUrl.Host;
        var updated = visit.UpdatedOn ?? context.Site.Today;
        var sequence = (visit.UpdatedOn is { } u ? u.DayNumber - SequenceEpoch.DayNumber : 0) * 2 + (visit.IsCancelled ? 1 : 0);
        var registration = stop.Registration is { } r
            ? $" Inscription : {r.With}{(r.Phone is { } p ? $", {p.Display}" : "")}{(r.Deadline is { } d ? $", avant le {Fr.DateShort(d)}" : "")}."
            : "";
        for (var i = 0; i < stop.Sessions.Count; i++)
        {
            var session = stop.Sessions[i];
            yield return new CalendarEntry(
                $"{visit.Tour.Slug}-{stop.Date:yyyyMMdd}-{visit.Commune.Code.Value.ToLowerInvariant()}-{i + 1}@{host}",
                stop.Date.ToDateTime(session.Start), LocalTime.End(stop.Date, session.End),
                $"{visit.Tour.Name} {Fr.At(visit.Commune.Name)}{(visit.IsCancelled ? " (annulé)" : "")}",
                visit.IsCancelled ? $"Annulé : {stop.CancellationReason}." : $"{stop.Theme ?? "Ateliers numériques"}.{registration}",
                $"{stop.Spot}, {visit.Commune.PostalCodes[0].Value} {visit.Commune.Name}",
                visit.Location,
                context.Frame.Absolute(Routes.Visit(visit)),
                visit.IsCancelled, sequence, updated.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        }
    }

    private static IEnumerable<CalendarEntry> WorkshopEntries(PlanContext context, Workshop workshop)
    {
        var host = context.Frame.Settings.BaseUrl.Host;
        var commune = context.Site.CommuneOf(workshop.Commune);
        return workshop.Sessions.Select(s => new CalendarEntry(
            $"atelier-{workshop.Slug}-{s.Date:yyyyMMdd}@{host}",
            s.Date.ToDateTime(s.Time.Start), LocalTime.End(s.Date, s.Time.End),
            workshop.Title,
            workshop.Summary,
            $"{workshop.Venue}{(workshop.Street is { } street ? $", {street}" : "")}, {commune.PostalCodes[0].Value} {commune.Name}",
            workshop.Location ?? commune.Location,
            context.Frame.Absolute(Routes.Workshop(workshop)),
            false, 0, context.Site.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
    }

    /// <summary>The whole agenda (every visit and workshop session) and the feed of visits added or changed.</summary>
    private static IEnumerable<StaticFile> Feeds(PlanContext context)
    {
        var (site, frame) = (context.Site, context.Frame);
        var entries = site.Visits.SelectMany(context.VisitEntries)
            .Concat(site.Workshops.SelectMany(w => WorkshopEntries(context, w)))
            .OrderBy(e => e.Start).ThenBy(e => e.Uid, StringComparer.Ordinal);
        yield return Text(Routes.AgendaCalendar, Calendar(context, $"{site.Settings.Title} : bus et ateliers", entries));

        var zone = site.Settings.TimeZone;
        var announced = site.Visits
            .Where(v => v.UpdatedOn is not null)
            .OrderByDescending(v => v.UpdatedOn).ThenBy(v => v.Stop.Date).ThenBy(v => v.Tour.Slug, StringComparer.Ordinal)
            .Select(v => new FeedEntry(
                frame.Absolute(Routes.Visit(v)),
                $"{v.Tour.Name} {Fr.At(v.Commune.Name)}, {Fr.Date(v.Stop.Date)}{(v.IsCancelled ? " : annulé" : "")}",
                frame.Absolute(Routes.Visit(v)),
                LocalTime.At(v.UpdatedOn!.Value, TimeOnly.MinValue, zone),
                v.IsCancelled
                    ? $"Passage annulé : {v.Stop.CancellationReason}."
                    : $"{Fr.DateCapitalized(v.Stop.Date)}, {Fr.Ranges(v.Stop.Sessions)}, {v.Stop.Spot} {Fr.At(v.Commune.Name)}. {v.Stop.Theme}",
                v.Tour.Operator))
            .ToList();
        var latest = announced.Count > 0 ? announced.Max(e => e.Updated) : LocalTime.At(site.Today, TimeOnly.MinValue, zone);
        yield return Text(Routes.VisitsFeed, AtomFeed.Write($"{site.Settings.Title} : passages du bus numérique", frame.Absolute(Routes.VisitsFeed), frame.Absolute(Routes.Home), announced, latest));
    }

    /// <summary>sitemap.xml (absolute URLs of every page but 404) and robots.txt.</summary>
    private static IEnumerable<StaticFile> SiteIndexes(SiteFrame frame, IReadOnlyList<PagePlan> pages)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in pages.Where(p => p.Kind != PageKind.NotFound).OrderBy(p => p.Route, StringComparer.Ordinal))
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(frame.Absolute(page.Route).AbsoluteUri)).Append("</loc></url>\n");
        xml.Append("</urlset>\n");
        yield return Text(Routes.Sitemap, xml.ToString());
        yield return Text(Routes.Robots, $"User-agent: *\nAllow: /\n\nSitemap: {frame.Absolute(Routes.Sitemap).AbsoluteUri}\n");
    }

    private static StaticFile Text(string route, string text) => new(route, Routes.OutputPath(route), Utf8.GetBytes(text));
}
