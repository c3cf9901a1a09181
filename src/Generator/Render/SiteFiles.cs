using System.Security;
using System.Text;
using Relais.Generator.Plan;
using Relais.Model;

namespace Relais.Generator.Render;

/// <summary>sitemap.xml and robots.txt, derived from the plan.</summary>
public static class SiteFiles
{
    public static string Sitemap(SitePlan plan)
    {
        var xml = new StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.Append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in plan.Pages.Where(p => p.Kind != PageKind.NotFound).OrderBy(p => p.Route, StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(Absolute(plan, page.Route))).Append("</loc></url>\n");
        }
        xml.Append("</urlset>\n");
        return xml.ToString();
    }

    public static string Robots(SitePlan plan) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {Absolute(plan, Routes.Sitemap)}\n";

    public static string Absolute(SitePlan plan, string route) => new Uri(plan.Frame.Settings.BaseUrl, route.TrimStart('/')).AbsoluteUri;
}
