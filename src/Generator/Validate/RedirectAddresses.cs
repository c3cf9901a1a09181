using Relais.Generator.Diagnostics;
using Relais.Generator.Plan;
using Relais.Model;

namespace Relais.Generator.Validate;

/// <summary>
/// The checks of content/redirections.csv that need the site's pages, run once they are planned (by
/// `validate` as by the build, so that a passing validation is never followed by a failing build): an
/// old address must no longer be a page (the line would hide it), and each chain of lines must end on a
/// page of the site, neither the 404 page nor an address that leads nowhere.
/// </summary>
public static class RedirectAddresses
{
    public static void Check(IReadOnlyList<Redirect> redirects, SitePlan plan, DiagnosticBag diagnostics)
    {
        if (redirects.Count == 0) return;
        var froms = redirects.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        var pages = plan.Pages.ToDictionary(p => p.Route, StringComparer.Ordinal);
        // Every page but the editor's own redirects, which are not targets: their chains were followed to the end.
        var live = plan.Pages.Where(p => !(p.Kind == PageKinds.Redirect && froms.Contains(p.Route))).Select(p => p.Route).ToHashSet(StringComparer.Ordinal);
        var reported = new HashSet<SourceSpan>();
        foreach (var redirect in redirects)
        {
            if (pages.TryGetValue(redirect.From, out var page) && page.Kind != PageKinds.Redirect)
            {
                diagnostics.Add(DiagnosticCatalog.RedirectFromLivePage, redirect.FromSource, BindRedirects.From,
                    $"« {redirect.From} » est toujours une page du site ({page.Kind.One}) : la redirection la cacherait. Retirez cette ligne, ou, si la page doit bien changer d'adresse, renommez d'abord son fichier.");
                continue;
            }
            if (redirect.Final == Routes.NotFound)
            {
                if (reported.Add(redirect.FinalSource))
                    diagnostics.Add(DiagnosticCatalog.RedirectToNowhere, redirect.FinalSource, BindRedirects.To,
                        $"« {Routes.NotFound} » est la page « introuvable » : faites mener l'ancienne adresse à la page qui la remplace, ou à défaut à la page de sa commune.");
                continue;
            }
            if (live.Contains(redirect.Final) || !reported.Add(redirect.FinalSource)) continue;
            var parent = Parent(redirect.Final, live);
            var nearest = Suggest.Nearest(redirect.Final, live);
            diagnostics.Add(DiagnosticCatalog.RedirectToNowhere, redirect.FinalSource, BindRedirects.To,
                $"« {redirect.Final} » n'est pas une page du site (elle a peut-être changé d'adresse ou disparu)."
                + (nearest is not null && nearest != parent ? $" Vouliez-vous dire « {nearest} » ?" : "")
                + $" Indiquez l'adresse d'une page qui existe, par exemple « {parent} », la page au-dessus ; si cette adresse a été remplacée, "
                + $"ajoutez plutôt une ligne « {redirect.Final};… » vers la page qui la remplace.");
        }
    }

    /// <summary>The nearest page above an address: « /bus/t/2026-03-09-x/ » → « /bus/t/ », else the home page.</summary>
    public static string Parent(string address, IReadOnlySet<string> live)
    {
        var path = address.TrimEnd('/');
        while (path.LastIndexOf('/') is var slash and > 0)
        {
            path = path[..slash];
            if (live.Contains(path + "/")) return path + "/";
        }
        return Routes.Home;
    }
}
