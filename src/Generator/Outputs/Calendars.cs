using Relais.Generator.Interop;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Resolved;

namespace Relais.Generator.Outputs;

/// <summary>
/// iCalendar feeds: the whole agenda, each commune (the visits and permanences near it, and the sessions
/// of the nearby workshops its page lists), each tour, visit and workshop.
/// </summary>
public static class Calendars
{
    /// <summary>Day 0 of SEQUENCE, and the DTSTAMP of content that never said when it changed.</summary>
    private static readonly DateOnly SequenceEpoch = new(2020, 1, 1);

    public static void Write(OutputContext context, OutputSink sink)
    {
        var site = context.Site;
        var zone = site.Settings.TimeZone;
        List<(CalendarEntry Entry, byte[] Bytes)> Written(IEnumerable<CalendarEntry> entries) =>
            entries.Select(e => (e, ICalendarWriter.Event(e, zone))).ToList();
        // A visit is in the calendars of the ~50 communes around it, a workshop session in those of the
        // communes within the radius: each event is written once, as bytes, and copied into the feeds.
        var visits = site.Visits.AsParallel().ToDictionary(v => v, v => Written(VisitEntries(context, v)));
        var workshops = site.Workshops.ToDictionary(w => w.Slug, w => w.Sessions.Zip(Written(WorkshopEntries(context, w))).ToList(), StringComparer.Ordinal);
        // The sessions a commune calendar carries, decided by Resolve (each series' next four): picked, not recomputed.
        var soon = site.Workshops.ToDictionary(w => w.Slug, w =>
        {
            var sessions = w.SoonSessions.ToHashSet();
            return workshops[w.Slug].Where(x => sessions.Contains(x.First)).Select(x => x.Second).ToList();
        }, StringComparer.Ordinal);
        // Events by start, then UID: the same bytes whatever order the visits came in.
        byte[] Feed(string name, IEnumerable<(CalendarEntry Entry, byte[] Bytes)> events) => ICalendarWriter.Calendar(name, zone,
            events.OrderBy(e => e.Entry.Start).ThenBy(e => e.Entry.Uid, StringComparer.Ordinal).Select(e => e.Bytes));

        sink.Bytes(Routes.AgendaCalendar, Feed($"{site.Settings.Title} : bus et ateliers",
            site.Visits.SelectMany(v => visits[v]).Concat(site.Workshops.SelectMany(w => workshops[w.Slug].Select(x => x.Second)))));
        site.Communes.AsParallel().ForAll(c =>
        {
            // What the commune page lists: its visits and those near it (permanences included), the last week's
            // too, and the workshops near it.
            var offers = site.OffersByCommune[c.Code];
            var near = offers.UpcomingVisits.Concat(offers.PastVisits.Where(v => v.Item.IsRecentPast));
            sink.Bytes(Routes.CommuneCalendar(c), Feed($"Bus et ateliers numériques près {Fr.Of(c.Name)}",
                near.SelectMany(v => visits[v.Item]).Concat(offers.Workshops.SelectMany(w => soon[w.Item.Slug]))));
        });
        foreach (var tour in site.Tours)
            sink.Bytes(Routes.TourCalendar(tour), Feed(tour.Name, site.VisitsOf(tour).SelectMany(v => visits[v])));
        // A recurring stop's page has one calendar with all its dates, expanded (read the same by every calendar app).
        foreach (var group in site.VisitGroups)
            sink.Bytes(Routes.VisitCalendar(group.Lead), Feed($"{group.Tour.Name} {Fr.At(group.Commune.Name)}", group.Visits.SelectMany(v => visits[v])));
        foreach (var workshop in site.Workshops)
            sink.Bytes(Routes.WorkshopCalendar(workshop), Feed(workshop.Title, workshops[workshop.Slug].Select(x => x.Second)));
    }

    /// <summary>
    /// A new version of an event must have a greater SEQUENCE, or calendar apps keep the old one (RFC 5546
    /// §2.1.4). The build keeps no history, so the version is read from the content: three per day of the
    /// editors' « date_maj » since 2020, plus the state's rank (0 taking place, 1 full, 2 cancelled), so
    /// that the usual course, confirmed → full → cancelled, raises it even when « date_maj » was not
    /// raised. Any other change (a time, a place, a day, a cancellation withdrawn) needs a later
    /// « date_maj », which CONTRIBUTING.md asks for. The same content gives the same number on every build.
    /// </summary>
    private static int Sequence(DateOnly? updatedOn, int rank) =>
        (updatedOn is { } u ? Math.Max(0, u.DayNumber - SequenceEpoch.DayNumber) : 0) * 3 + rank;

    /// <summary>
    /// DTSTAMP: when the event last changed as editors recorded it (midnight UTC of « date_maj »), else a
    /// fixed day: never the build's day, so a nightly build of unchanged content writes the same bytes.
    /// </summary>
    private static DateTime Stamp(DateOnly? updatedOn) => (updatedOn ?? SequenceEpoch).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>
    /// One event per session. The UID names the tour, the day the stop was first announced (« date_initiale »,
    /// else its date: a visit moved to another day stays the same event, at its new date), its commune and
    /// the session's number; a recurring stop's dates are each their own event, named by their date.
    /// </summary>
    private static IEnumerable<CalendarEntry> VisitEntries(OutputContext context, Visit visit)
    {
        var stop = visit.Stop;
        var host = context.Frame.Settings.BaseUrl.Host;
        var sequence = Sequence(visit.UpdatedOn, visit.IsCancelled ? 2 : visit.IsFull ? 1 : 0);
        var registration = visit.IsPermanence
            ? stop.Reception == Model.Vocabularies.Reception.DropIn
                ? " Sans rendez-vous."
                : $" Sur rendez-vous : {visit.CallWith}{(visit.CallPhone is { } call ? $", {call.Display}" : "")}."
            : stop.Registration is { } r ? " " + Registration(r) : "";
        var what = $"{stop.Theme ?? (visit.IsPermanence ? "Aide individuelle aux démarches" : "Ateliers numériques")}.";
        var description = visit.IsCancelled ? $"Annulé : {stop.CancellationReason}."
            // Whom to call stays: a place may come free.
            : visit.IsFull ? $"Complet : toutes les places sont prises. {what}{registration}"
            : what + registration;
        var state = visit.IsCancelled ? " (annulé)" : visit.IsFull ? " (complet)" : "";
        var day = stop.IdentityDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < stop.Sessions.Count; i++)
        {
            var session = stop.Sessions[i];
            yield return new CalendarEntry(
                $"{visit.Tour.Slug}-{day}-{visit.Commune.Code.Value.ToLowerInvariant()}-{(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)}@{host}",
                stop.Date.ToDateTime(session.Start), LocalTime.End(stop.Date, session.End),
                $"{visit.Tour.Name} {Fr.At(visit.Commune.Name)}{state}",
                description,
                $"{stop.Spot}, {visit.Commune.PostalCodes[0].Value} {visit.Commune.Name}",
                visit.Location,
                context.Frame.Absolute(Routes.Visit(visit)),
                visit.IsCancelled, sequence, Stamp(visit.UpdatedOn));
        }
    }

    /// <summary>
    /// One event per session, in the order of <see cref="Workshop.Sessions"/>, named by the series and the
    /// session's day: a new time or room keeps the UID, and the series' « date_maj » raises SEQUENCE.
    /// </summary>
    private static IEnumerable<CalendarEntry> WorkshopEntries(OutputContext context, Workshop workshop)
    {
        var host = context.Frame.Settings.BaseUrl.Host;
        var commune = workshop.Commune;
        var sequence = Sequence(workshop.UpdatedOn, workshop.IsFull ? 1 : 0);
        // The phone to register with, as a visit's event has it: one need not open the page to call.
        var about = workshop.Registration is { } r ? workshop.Summary is { } summary ? $"{summary} {Registration(r)}" : Registration(r) : workshop.Summary;
        var description = workshop.IsFull ? about is null ? "Complet : toutes les places sont prises." : $"Complet : toutes les places sont prises. {about}" : about;
        return workshop.Sessions.Select(s => new CalendarEntry(
            $"atelier-{workshop.Slug}-{s.Date.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)}@{host}",
            s.Date.ToDateTime(s.Time.Start), LocalTime.End(s.Date, s.Time.End),
            workshop.IsFull ? $"{workshop.Title} (complet)" : workshop.Title,
            description,
            $"{workshop.Venue}{(workshop.Street is { } street ? $", {street}" : "")}, {commune.PostalCodes[0].Value} {commune.Name}",
            workshop.Location,
            context.Frame.Absolute(Routes.Workshop(workshop)),
            false, sequence, Stamp(workshop.UpdatedOn)));
    }

    /// <summary>« Inscription : Mairie de Sorigny, 02 61 91 32 50, avant le 2 mars. »</summary>
    private static string Registration(Registration r) =>
        $"Inscription : {r.With}{(r.Phone is { } p ? $", {p.Display}" : "")}{(r.Deadline is { } d ? $", avant le {Fr.DateShort(d)}" : "")}.";
}
