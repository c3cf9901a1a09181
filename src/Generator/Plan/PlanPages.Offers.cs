using Relais.Generator.Validate;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Plan;

/// <summary>Places, workshops, tours and their visits.</summary>
public static partial class PlanPages
{
    private static IEnumerable<PagePlan> PlacePages(ResolvedSite site, SiteFrame frame)
    {
        var placesCrumb = new Link("Lieux d'aide", Routes.Places);
        yield return Page(PageKind.Places, new PlacesPageModel(
            Meta("Lieux d'aide au numérique", "Tous les lieux où l'on vous aide à utiliser le numérique, par département et par commune.", Routes.Places, placesCrumb),
            frame, Groups(site, site.Places, p => p.Address.Commune, p => p.Name)));

        var workshopsByOrganiser = site.Workshops.ToLookup(w => w.Organiser);
        foreach (var place in site.Places)
        {
            var commune = site.CommuneOf(place.Address.Commune);
            var route = Routes.Place(place);
            var summary = place.Summary ?? Fr.List(place.Services.Select(s => Fr.Uncapitalize(Vocabularies.Services.Plain(s))));
            var meta = Meta($"{place.Name}, {commune.Name}", Fr.Capitalize($"{summary}. {place.Address.Street}, {place.Address.PostalCode} {commune.Name}."), route,
                placesCrumb, new Link(place.Name, route));
            var stale = site.Today.DayNumber - place.UpdatedOn.DayNumber > BindPlaces.StaleAfterDays;
            var workshops = workshopsByOrganiser[place.Slug].Where(w => w.Sessions[^1].Date >= site.Today).ToList();
            yield return Page(PageKind.Place, new PlacePageModel(meta, frame, place, commune, EditorMarkdown.ToHtml(place.DetailMarkdown, 3), workshops, stale), place.Source);
        }
    }

    private static IEnumerable<PagePlan> WorkshopPages(PlanContext context)
    {
        var (site, frame) = (context.Site, context.Frame);
        var workshopsCrumb = new Link("Ateliers", Routes.Workshops);
        var upcoming = site.Workshops.Where(w => w.Sessions[^1].Date >= site.Today).ToList();
        yield return Page(PageKind.Workshops, new WorkshopsPageModel(
            Meta("Ateliers numériques", "Les séries d'ateliers en petits groupes pour apprendre l'ordinateur, la tablette ou le téléphone, par département et par commune.", Routes.Workshops, workshopsCrumb),
            frame, Groups(site, upcoming, w => w.Commune, w => w.Title)));

        foreach (var workshop in site.Workshops)
        {
            var commune = site.CommuneOf(workshop.Commune);
            var route = Routes.Workshop(workshop);
            var first = workshop.Sessions[0].Date;
            var description = $"{workshop.Summary ?? workshop.Title}. À {commune.Name}, {Fr.Plural(workshop.Sessions.Count, "séance", "séances")} à partir du {Fr.DateShort(first)}.";
            var organiser = site.PlaceBySlug(workshop.Organiser);
            var location = workshop.Location ?? commune.Location;
            var meta = Meta($"{workshop.Title} ({commune.Name})", description, route, workshopsCrumb, new Link(workshop.Title, route)) with
            {
                JsonLd = JsonLd.ForWorkshop(workshop, organiser, location, commune.PostalCodes[0].Value, frame.Absolute(route), site.Settings.TimeZone),
            };
            context.Files.Add(Text(Routes.WorkshopCalendar(workshop), WorkshopCalendar(context, workshop)));
            yield return Page(PageKind.Workshop, new WorkshopPageModel(meta, frame, workshop, organiser, commune,
                EditorMarkdown.ToHtml(workshop.ProgrammeMarkdown, 3), Routes.WorkshopCalendar(workshop)), workshop.Source);
        }
    }

    private static IEnumerable<PagePlan> TourPages(PlanContext context)
    {
        var (site, frame) = (context.Site, context.Frame);
        var toursCrumb = new Link("Le bus numérique", Routes.Tours);
        var visitsByTour = site.Visits.ToLookup(v => v.Tour.Slug);
        yield return Page(PageKind.Tours, new ToursPageModel(
            Meta("Le bus numérique", "Les bus numériques qui viennent dans les villages : prochains passages, inscription, ce que l'on y apprend.", Routes.Tours, toursCrumb),
            frame, site.Tours.Select(t => (t, (IReadOnlyList<Visit>)visitsByTour[t.Slug].Where(v => v.Stop.Date >= site.Today).ToList())).ToList()));

        foreach (var tour in site.Tours)
        {
            var route = Routes.Tour(tour);
            var visits = visitsByTour[tour.Slug].ToList();
            var upcoming = visits.Where(v => v.Stop.Date >= site.Today).ToList();
            var past = visits.Where(v => v.Stop.Date < site.Today).OrderByDescending(v => v.Stop.Date).ToList();
            var tourCrumb = new Link(tour.Name, route);
            var description = $"{tour.Name}, par {tour.Operator} : {Fr.Plural(upcoming.Count(v => !v.IsCancelled), "prochain passage", "prochains passages")}, dates, lieux et inscription.";
            var tourDescription = EditorMarkdown.ToHtml(tour.DescriptionMarkdown, 3);
            context.Files.Add(Text(Routes.TourCalendar(tour), TourCalendar(context, tour, visits)));
            yield return Page(PageKind.Tour, new TourPageModel(Meta(tour.Name, description, route, toursCrumb, tourCrumb), frame, tour, tourDescription, upcoming, past,
                Routes.TourCalendar(tour)), tour.Source);

            // Visits are planned in parallel (each has a poster and a sheet with QR codes), in order.
            var planned = visits.AsParallel().AsOrdered().Select(v => VisitPages(context, v, toursCrumb, tourCrumb, tourDescription)).ToList();
            foreach (var (page, poster, sheet, calendar) in planned)
            {
                context.Files.Add(calendar);
                yield return page;
                if (poster is not null) yield return poster;
                if (sheet is not null) yield return sheet;
            }
        }
    }

    private static (PagePlan Page, PagePlan? Poster, PagePlan? Sheet, StaticFile Calendar) VisitPages(
        PlanContext context, Visit visit, Link toursCrumb, Link tourCrumb, Html tourDescription)
    {
        var (site, frame, tour) = (context.Site, context.Frame, visit.Tour);
        var visitRoute = Routes.Visit(visit);
        var isPast = visit.Stop.Date < site.Today;
        var when = Fr.Date(visit.Stop.Date);
        var title = $"{tour.Name} {Fr.At(visit.Commune.Name)}, {when}{(visit.IsCancelled ? " (annulé)" : "")}";
        var visitDescription = visit.IsCancelled
            ? $"Passage du {when} {Fr.At(visit.Commune.Name)} annulé : {visit.Stop.CancellationReason}."
            : isPast
                ? $"Le bus est passé {Fr.At(visit.Commune.Name)} le {when}. Et après ? Les lieux d'aide et ateliers les plus proches."
                : $"Le {when}, {Fr.Ranges(visit.Stop.Sessions)}, {visit.Stop.Spot} {Fr.At(visit.Commune.Name)}. {visit.Stop.Theme ?? "Ateliers numériques gratuits"}, inscription conseillée.";
        var visitCrumbs = new[] { toursCrumb, tourCrumb, new Link($"{visit.Commune.Name}, {Fr.DateShort(visit.Stop.Date)}", visitRoute) };
        var visitMeta = Meta(title, visitDescription, visitRoute, visitCrumbs) with { JsonLd = JsonLd.ForVisit(visit, frame.Absolute(visitRoute), site.Settings.TimeZone) };
        // No poster for a cancelled or past visit; a sheet for every visit that takes place.
        var poster = !visit.IsCancelled && !isPast ? VisitPosterPage(context, visit, visitCrumbs) : null;
        var sheet = !visit.IsCancelled ? NextStepsSheetPage(context, visit, visitCrumbs) : null;
        var page = Page(PageKind.Visit, new VisitPageModel(visitMeta, frame, visit, tourDescription, site.NextStepsByVisit[visit], isPast,
            poster is null ? null : new Printable(poster.Route, context.PdfOf(poster.Route)),
            sheet is null ? null : new Printable(sheet.Route, context.PdfOf(sheet.Route)),
            Routes.VisitCalendar(visit),
            // The bus's next visit here: among the commune's upcoming visits (by date), not all of the site's.
            site.OffersByCommune[visit.Commune.Code].UpcomingVisits.Select(n => n.Item)
                .FirstOrDefault(v => v.Commune.Code == visit.Commune.Code && v.Stop.Date > visit.Stop.Date && !v.IsCancelled)),
            visit.Stop.Source);
        return (page, poster, sheet, Text(Routes.VisitCalendar(visit), VisitCalendar(context, visit)));
    }

    /// <summary>The whole agenda shows this many days ahead; each department's agenda shows everything to come.</summary>
    private const int AgendaNextDays = 15;

    private static IEnumerable<PagePlan> Agenda(ResolvedSite site, SiteFrame frame)
    {
        var visits = site.Visits
            .Where(v => v.Stop.Date >= site.Today)
            .Select(v => (Department: v.Commune.DepartmentCode, Entry: new AgendaEntry(v.Stop.Date, $"{v.Tour.Name} {Fr.At(v.Commune.Name)}", Routes.Visit(v),
                $"{v.Stop.Spot}, {v.Commune.Name}", Fr.Ranges(v.Stop.Sessions), v.IsCancelled)));
        var sessions = site.Workshops
            .SelectMany(w => w.Sessions.Where(s => s.Date >= site.Today).Select(s => (Department: w.Commune.DepartmentCode, Entry: new AgendaEntry(s.Date, w.Title, Routes.Workshop(w),
                $"{w.Venue}, {w.CommuneName}", Fr.Range(s.Time), false))));
        var entries = visits.Concat(sessions)
            .OrderBy(e => e.Entry.Date).ThenBy(e => e.Entry.When, StringComparer.Ordinal).ThenBy(e => e.Entry.Title, StringComparer.Ordinal)
            .ToList();
        static IReadOnlyList<AgendaMonth> Months(IEnumerable<AgendaEntry> items) => items
            .GroupBy(e => new DateOnly(e.Date.Year, e.Date.Month, 1))
            .Select(g => new AgendaMonth(g.Key, g.ToList()))
            .ToList();

        var agendaCrumb = new Link("Agenda", Routes.Agenda);
        var departments = DepartmentSummaries(site)
            .Select(d => (d.Department, Entries: entries.Count(e => e.Department == d.Department.Code)))
            .ToList();
        var soon = entries.Where(e => e.Entry.Date < site.Today.AddDays(AgendaNextDays)).Select(e => e.Entry);
        yield return Page(PageKind.Agenda, new AgendaPageModel(
            Meta("Agenda des bus et des ateliers", $"Les passages du bus numérique et les séances d'ateliers des {AgendaNextDays} prochains jours, et l'agenda complet de chaque département, à imprimer.",
                Routes.Agenda, agendaCrumb),
            frame, null, Months(soon), departments, AgendaNextDays));
        foreach (var (department, _) in departments)
        {
            var route = Routes.DepartmentAgenda(department);
            yield return Page(PageKind.Agenda, new AgendaPageModel(
                Meta($"Agenda {department.OfLabel}", $"Tous les prochains passages du bus numérique et toutes les séances d'ateliers {department.OfLabel}, mois par mois, à imprimer.",
                    route, agendaCrumb, new Link(department.Label, route)),
                frame, department, Months(entries.Where(e => e.Department == department.Code).Select(e => e.Entry)), departments, AgendaNextDays));
        }
    }

    /// <summary>Items grouped by department, then by commune, both in French alphabetical order.</summary>
    private static IReadOnlyList<IndexGroup<T>> Groups<T>(ResolvedSite site, IEnumerable<T> items, Func<T, CodeInsee> communeOf, Func<T, string> nameOf)
    {
        var order = StringComparer.Create(Fr.Culture, ignoreCase: true);
        return items
            .GroupBy(i => communeOf(i).DepartmentCode)
            .Select(d => new IndexGroup<T>(
                Departments.Get(d.Key),
                d.GroupBy(communeOf)
                    .Select(c => (site.CommuneOf(c.Key), (IReadOnlyList<T>)c.OrderBy(nameOf, order).ToList()))
                    .OrderBy(c => c.Item1.Name, order)
                    .ToList()))
            .OrderBy(g => g.Department.Name, order)
            .ToList();
    }
}
