using System.Security;
using System.Text;
using Relais.Model;

namespace Relais.Generator.Outputs;

/// <summary>sitemap.xml (absolute URLs of every page but 404 and the short addresses, which redirect) and robots.txt.</summary>
public static class SiteIndex
{
    public static void Write(OutputContext context, OutputSink sink)
    {
        var frame = context.Frame;
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in context.Plan.Pages.Where(p => p.Kind.Listed && p.Route != Routes.NotFound).OrderBy(p => p.Route, StringComparer.Ordinal))
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(frame.Absolute(page.Route).AbsoluteUri)).Append("</loc></url>\n");
        xml.Append("</urlset>\n");
        sink.Text(Routes.Sitemap, xml.ToString());
        sink.Text(Routes.Robots, $"User-agent: *\nAllow: /\n\nSitemap: {frame.Absolute(Routes.Sitemap).AbsoluteUri}\n");
    }
}
