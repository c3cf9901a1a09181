using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The agenda: the next days for the whole site, and a printable agenda per department.</summary>
public static class AgendaPlanner
{
    /// <summary>The whole agenda shows this many days ahead; each department's agenda shows everything to come.</summary>
    private const int NextDays = 15;

    /// <summary>« 2026-12 »: what names a month's agenda in the address manifest.</summary>
    public static string MonthKey(DateOnly firstDay) => firstDay.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        var site = context.Site;
        var visits = site.Visits
            .Where(v => !v.IsPast)
            .Select(v => (Department: v.Commune.DepartmentCode, Start: v.Stop.Sessions[0].Start, Entry: new AgendaEntry(v.Stop.Date, $"{v.Tour.Name} {Fr.At(v.Commune.Name)}", Routes.Visit(v),
                $"{v.Stop.Spot}, {v.Commune.Name}", Fr.Ranges(v.Stop.Sessions), v.IsCancelled)));
        var sessions = site.Workshops
            .SelectMany(w => w.UpcomingSessions.Select(s => (Department: w.Commune.DepartmentCode, Start: s.Time.Start, Entry: new AgendaEntry(s.Date, w.Title, Routes.Workshop(w),
                $"{w.Venue}, {w.Commune.Name}", Fr.Range(s.Time), false))));
        var entries = visits.Concat(sessions)
            .OrderBy(e => e.Entry.Date).ThenBy(e => e.Start).ThenBy(e => e.Entry.Title, StringComparer.Ordinal)
            .ToList();
        static IReadOnlyList<AgendaMonth> Months(IEnumerable<AgendaEntry> items) => items
            .GroupBy(e => new DateOnly(e.Date.Year, e.Date.Month, 1))
            .Select(g => new AgendaMonth(g.Key, g.ToList()))
            .ToList();

        var agendaCrumb = new Link("Agenda", Routes.Agenda);
        var departments = context.Departments
            .Select(d => (d.Department, Entries: entries.Count(e => e.Department == d.Department.Code)))
            .ToList();
        var soon = entries.Where(e => e.Entry.Date < site.Today.AddDays(NextDays)).Select(e => e.Entry);
        var months = Months(entries.Select(e => e.Entry));
        yield return new(new AgendaPageModel(
            Meta("Agenda des bus et des ateliers", $"Les passages du bus numérique et les séances d'ateliers des {NextDays} prochains jours, et l'agenda complet de chaque mois et de chaque département, à imprimer.",
                Routes.Agenda, agendaCrumb),
            context.Frame, null, Months(soon), departments, NextDays, MonthPages: months.Select(m => (m.FirstDay, m.Entries.Count)).ToList()));
        // A whole month of the site, to print for a notice board (the next 15 days are too short for a bulletin).
        foreach (var month in months)
        {
            var route = Routes.MonthAgenda(month.FirstDay);
            var name = Fr.MonthYear(month.FirstDay);
            var ofMonth = Fr.Of(Fr.Uncapitalize(name));
            yield return new(new AgendaPageModel(
                Meta($"Agenda {ofMonth}", $"Tous les passages du bus numérique et toutes les séances d'ateliers {ofMonth}, à imprimer.",
                    route, agendaCrumb, new Link(name, route)),
                context.Frame, null, [month], departments, NextDays, Month: month.FirstDay))
            {
                Identity = PageIdentity.Named("agenda", MonthKey(month.FirstDay)),
            };
        }
        foreach (var (department, _) in departments)
        {
            var route = Routes.DepartmentAgenda(department);
            yield return new(new AgendaPageModel(
                Meta($"Agenda {department.OfLabel}", $"Tous les prochains passages du bus numérique et toutes les séances d'ateliers {department.OfLabel}, mois par mois, à imprimer.",
                    route, agendaCrumb, new Link(department.Label, route)),
                context.Frame, department, Months(entries.Where(e => e.Department == department.Code).Select(e => e.Entry)), departments, NextDays))
            {
                Identity = PageIdentity.Named("agenda", department.Code),
            };
        }
    }
}
