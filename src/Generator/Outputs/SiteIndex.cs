using System.Security;
using System.Text;
using Relais.Model.Values;
using Relais.Model;

namespace Relais.Generator.Outputs;

/// <summary>sitemap.xml (absolute URLs of every page but 404, the short addresses and redirects, and the
/// printed forms of other pages, which are not to be indexed) and robots.txt.</summary>
public static class SiteIndex
{
    public static void Write(OutputContext context, OutputSink sink)
    {
        var frame = context.Frame;
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in context.Plan.Pages.Where(p => p.Kind.Listed && p.Route != Routes.NotFound && p.Model.Meta.Prints is null).OrderBy(p => p.Route, StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(frame.Absolute(page.Route).AbsoluteUri)).Append("</loc>");
            if (page.Model.Meta.UpdatedOn is { } updated) xml.Append("<lastmod>").Append(IsoDate.Format(updated)).Append("</lastmod>");
            xml.Append("</url>\n");
        }
        xml.Append("</urlset>\n");
        sink.Text(Routes.Sitemap, xml.ToString());
        sink.Text(Routes.Robots, $"User-agent: *\nAllow: /\n\nSitemap: {frame.Absolute(Routes.Sitemap).AbsoluteUri}\n");
    }
}
