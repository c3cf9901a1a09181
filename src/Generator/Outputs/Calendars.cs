using Relais.Generator.Interop;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Resolved;

namespace Relais.Generator.Outputs;

/// <summary>iCalendar feeds: the whole agenda, each commune (the visits near it), each tour, visit and workshop.</summary>
public static class Calendars
{
    private static readonly DateOnly SequenceEpoch = new(2020, 1, 1);

    public static void Write(OutputContext context, OutputSink sink)
    {
        var site = context.Site;
        var zone = site.Settings.TimeZone;
        List<(CalendarEntry Entry, byte[] Bytes)> Written(IEnumerable<CalendarEntry> entries) =>
            entries.Select(e => (e, ICalendarWriter.Event(e, zone))).ToList();
        // A visit is in the calendars of the ~50 communes around it: its events are written once.
        var visits = site.Visits.AsParallel().ToDictionary(v => v, v => Written(VisitEntries(context, v)));
        var workshops = site.Workshops.ToDictionary(w => w.Slug, w => Written(WorkshopEntries(context, w)), StringComparer.Ordinal);
        // Events by start, then UID: the same bytes whatever order the visits came in.
        byte[] Feed(string name, IEnumerable<(CalendarEntry Entry, byte[] Bytes)> events) => ICalendarWriter.Calendar(name, zone,
            events.OrderBy(e => e.Entry.Start).ThenBy(e => e.Entry.Uid, StringComparer.Ordinal).Select(e => e.Bytes));

        sink.Bytes(Routes.AgendaCalendar, Feed($"{site.Settings.Title} : bus et ateliers",
            site.Visits.SelectMany(v => visits[v]).Concat(site.Workshops.SelectMany(w => workshops[w.Slug]))));
        site.Communes.AsParallel().ForAll(c =>
        {
            var offers = site.OffersByCommune[c.Code];
            var near = offers.UpcomingVisits.Concat(offers.PastVisits.Where(v => v.Item.IsRecentPast));
            sink.Bytes(Routes.CommuneCalendar(c), Feed($"Bus numérique près {Fr.Of(c.Name)}", near.SelectMany(v => visits[v.Item])));
        });
        foreach (var tour in site.Tours)
            sink.Bytes(Routes.TourCalendar(tour), Feed(tour.Name, site.VisitsOf(tour).SelectMany(v => visits[v])));
        // A recurring stop's page has one calendar with all its dates, expanded (read the same by every calendar app).
        foreach (var group in site.VisitGroups)
            sink.Bytes(Routes.VisitCalendar(group.Lead), Feed($"{group.Tour.Name} {Fr.At(group.Commune.Name)}", group.Visits.SelectMany(v => visits[v])));
        foreach (var workshop in site.Workshops)
            sink.Bytes(Routes.WorkshopCalendar(workshop), Feed(workshop.Title, workshops[workshop.Slug]));
    }

    /// <summary>
    /// One event per session. The UID names the tour, day, commune and session, so it survives
    /// rebuilds; SEQUENCE grows with the editors' « date_maj » and with a cancellation, so a
    /// subscribed calendar takes the newer version.
    /// </summary>
    private static IEnumerable<CalendarEntry> VisitEntries(OutputContext context, Visit visit)
    {
        var stop = visit.Stop;
        var host = context.Frame.Settings.BaseUrl.Host;
        var updated = visit.UpdatedOn ?? context.Site.Today;
        var sequence = (visit.UpdatedOn is { } u ? u.DayNumber - SequenceEpoch.DayNumber : 0) * 2 + (visit.IsCancelled ? 1 : 0);
        var registration = visit.IsPermanence
            ? stop.Reception == Model.Vocabularies.Reception.DropIn
                ? " Sans rendez-vous."
                : $" Sur rendez-vous : {visit.CallWith}{(visit.CallPhone is { } call ? $", {call.Display}" : "")}."
            : stop.Registration is { } r ? " " + Registration(r) : "";
        var day = stop.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < stop.Sessions.Count; i++)
        {
            var session = stop.Sessions[i];
            yield return new CalendarEntry(
                $"{visit.Tour.Slug}-{day}-{visit.Commune.Code.Value.ToLowerInvariant()}-{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}@{host}",
                stop.Date.ToDateTime(session.Start), LocalTime.End(stop.Date, session.End),
                $"{visit.Tour.Name} {Fr.At(visit.Commune.Name)}{(visit.IsCancelled ? " (annulé)" : "")}",
                visit.IsCancelled ? $"Annulé : {stop.CancellationReason}." : $"{stop.Theme ?? (visit.IsPermanence ? "Aide individuelle aux démarches" : "Ateliers numériques")}.{registration}",
                $"{stop.Spot}, {visit.Commune.PostalCodes[0].Value} {visit.Commune.Name}",
                visit.Location,
                context.Frame.Absolute(Routes.Visit(visit)),
                visit.IsCancelled, sequence, updated.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        }
    }

    private static IEnumerable<CalendarEntry> WorkshopEntries(OutputContext context, Workshop workshop)
    {
        var host = context.Frame.Settings.BaseUrl.Host;
        var commune = workshop.Commune;
        return workshop.Sessions.Select(s => new CalendarEntry(
            $"atelier-{workshop.Slug}-{s.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}@{host}",
            s.Date.ToDateTime(s.Time.Start), LocalTime.End(s.Date, s.Time.End),
            workshop.Title,
            // The phone to register with, as a visit's event has it: one need not open the page to call.
            workshop.Registration is { } r ? workshop.Summary is { } summary ? $"{summary} {Registration(r)}" : Registration(r) : workshop.Summary,
            $"{workshop.Venue}{(workshop.Street is { } street ? $", {street}" : "")}, {commune.PostalCodes[0].Value} {commune.Name}",
            workshop.Location,
            context.Frame.Absolute(Routes.Workshop(workshop)),
            false, 0, context.Site.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
    }

    /// <summary>« Inscription : Mairie de Sorigny, 02 61 91 32 50, avant le 2 mars. »</summary>
    private static string Registration(Registration r) =>
        $"Inscription : {r.With}{(r.Phone is { } p ? $", {p.Display}" : "")}{(r.Deadline is { } d ? $", avant le {Fr.DateShort(d)}" : "")}.";
}
