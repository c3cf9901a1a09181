using System.Collections.Concurrent;
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
        // A visit is in the calendars of the ~50 communes around it: its events are made once.
        var entries = new ConcurrentDictionary<Visit, IReadOnlyList<CalendarEntry>>(ReferenceEqualityComparer.Instance);
        IReadOnlyList<CalendarEntry> Of(Visit v) => entries.GetOrAdd(v, x => VisitEntries(context, x).ToList());

        sink.Text(Routes.AgendaCalendar, ICalendarWriter.Write($"{site.Settings.Title} : bus et ateliers", zone,
            site.Visits.SelectMany(Of).Concat(site.Workshops.SelectMany(w => WorkshopEntries(context, w)))
                .OrderBy(e => e.Start).ThenBy(e => e.Uid, StringComparer.Ordinal)));
        site.Communes.AsParallel().ForAll(c =>
        {
            var offers = site.OffersByCommune[c.Code];
            var visits = offers.UpcomingVisits.Concat(offers.PastVisits).Select(v => v.Item).OrderBy(v => v.Stop.Date);
            sink.Text(Routes.CommuneCalendar(c), ICalendarWriter.Write($"Bus numérique près {Fr.Of(c.Name)}", zone, visits.SelectMany(Of)));
        });
        foreach (var tour in site.Tours)
            sink.Text(Routes.TourCalendar(tour), ICalendarWriter.Write(tour.Name, zone, site.VisitsOf(tour).SelectMany(Of)));
        // A recurring stop's page has one calendar with all its dates, expanded (read the same by every calendar app).
        foreach (var group in site.VisitGroups)
            sink.Text(Routes.VisitCalendar(group.Lead), ICalendarWriter.Write($"{group.Tour.Name} {Fr.At(group.Commune.Name)}", zone, group.Visits.SelectMany(Of)));
        foreach (var workshop in site.Workshops)
            sink.Text(Routes.WorkshopCalendar(workshop), ICalendarWriter.Write(workshop.Title, zone, WorkshopEntries(context, workshop)));
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
            : stop.Registration is { } r
                ? $" Inscription : {r.With}{(r.Phone is { } p ? $", {p.Display}" : "")}{(r.Deadline is { } d ? $", avant le {Fr.DateShort(d)}" : "")}."
                : "";
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
            workshop.Summary,
            $"{workshop.Venue}{(workshop.Street is { } street ? $", {street}" : "")}, {commune.PostalCodes[0].Value} {commune.Name}",
            workshop.Location,
            context.Frame.Absolute(Routes.Workshop(workshop)),
            false, 0, context.Site.Today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)));
    }
}
