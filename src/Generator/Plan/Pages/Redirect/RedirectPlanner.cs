using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>
/// Pages at addresses that must keep working with no page there any more, sending on to the page that
/// replaces them: each line of content/redirections.csv, and the addresses the content still implies that
/// the build's day leaves without their page (the poster of a past or cancelled visit, the sheet of a
/// cancelled one, a commune's poster when nothing is announced near it, the agenda of a month gone by),
/// so that time passing never makes an address « introuvable ». Planned last of all kinds: it fills only
/// the addresses the others left empty (<see cref="PlanContext.PlannedBefore"/>). A line whose old address
/// is still a page, or whose chain ends on no page, gives no page here: <see cref="Validate.RedirectAddresses"/>
/// reports it, and the build stops.
/// </summary>
public static class RedirectPlanner
{
    public static IEnumerable<PlannedPage> Plan(PlanContext context)
    {
        var planned = context.PlannedBefore;
        var lines = context.Site.Redirects.Where(r => !planned.ContainsKey(r.From)).ToList();
        var linesFrom = lines.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        // An editor's line wins over the site's own fallback for the same address.
        var fallbacks = Fallbacks(context.Site)
            .Where(f => !planned.ContainsKey(f.Route) && !linesFrom.Contains(f.Route) && planned.ContainsKey(f.Target))
            .ToDictionary(f => f.Route, StringComparer.Ordinal);

        var pages = new List<PlannedPage>();
        foreach (var fallback in fallbacks.Values)
            pages.Add(Page(context, fallback.Route, fallback.Target, fallback.LinkText, fallback.Note, fallback.Source, fallback.Identity with { Target = fallback.Target }));
        foreach (var line in lines)
        {
            // Through a page that itself sends on (a short address, a fallback): straight to where it leads.
            var target = line.Final;
            if (planned.GetValueOrDefault(target)?.Model is RedirectPageModel onward) target = onward.Target;
            else if (fallbacks.TryGetValue(target, out var fallback)) target = fallback.Target;
            if (!planned.TryGetValue(target, out var page) || target == Routes.NotFound) continue;
            pages.Add(Page(context, line.From, target, "Aller à la page qui la remplace", "Cette adresse n'est plus utilisée : une autre page la remplace.", line.FromSource,
                new PageIdentity([], page.Identity.Commune ?? (page.Model is CommunePageModel ? target : null), Target: target)));
        }
        return pages.OrderBy(p => p.Model.Meta.Route, StringComparer.Ordinal);
    }

    private static PlannedPage Page(PlanContext context, string route, string target, string linkText, string? note, SourceSpan? source, PageIdentity identity)
    {
        var title = context.PlannedBefore[target].Model.Meta.Title;
        var meta = Meta(title, note ?? title, route, new Link(title, target));
        return new(new RedirectPageModel(meta, context.Frame, target, Routes.Relative(route, target), title, linkText, note), source) { Identity = identity };
    }

    /// <summary>An address the content implies, where the page it names leads when that address has no page of its own.</summary>
    private sealed record Fallback(string Route, string Target, string LinkText, string Note, SourceSpan? Source, PageIdentity Identity);

    private static IEnumerable<Fallback> Fallbacks(ResolvedSite site)
    {
        foreach (var group in site.VisitGroups)
        {
            var visit = group.Lead;
            var page = Routes.Visit(visit);
            const string toVisit = "Aller à la page du passage du bus";
            yield return new(Routes.VisitPoster(visit), page, toVisit,
                group.IsPast ? "Ce passage du bus a eu lieu : son affiche n'est plus proposée." : "Ce passage du bus est annulé : il n'a plus d'affiche.",
                visit.Stop.Source, PageIdentity.OfVisit("visit-poster", group));
            yield return new(Routes.VisitSheet(visit), page, toVisit, "Ce passage du bus est annulé : il n'a pas de fiche « après le bus ».",
                visit.Stop.Source, PageIdentity.OfVisit("next-steps-sheet", group));
        }
        foreach (var commune in site.Communes)
        {
            yield return new(Routes.CommunePoster(commune), Routes.Commune(commune), $"Aller à la page {Fr.Of(commune.Name)}",
                $"Aucun passage du bus ni atelier n'est annoncé près {Fr.Of(commune.Name)} pour le moment : il n'y a pas d'affiche à imprimer.",
                commune.Source, PageIdentity.OfCommune("commune-poster", commune));
        }
        var months = site.Visits.Select(v => v.Stop.Date)
            .Concat(site.Workshops.SelectMany(w => w.Sessions.Select(s => s.Date)))
            .Select(d => new DateOnly(d.Year, d.Month, 1))
            .Distinct()
            .Order();
        foreach (var month in months)
        {
            yield return new(Routes.MonthAgenda(month), Routes.Agenda, "Aller à l'agenda",
                $"L'agenda {Fr.Of(Fr.Uncapitalize(Fr.MonthYear(month)))} n'est plus proposé : plus rien n'y est à venir.",
                null, PageIdentity.Named("agenda", AgendaPlanner.MonthKey(month)));
        }
    }
}
