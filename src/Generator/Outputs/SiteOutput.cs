using System.Collections.Concurrent;
using System.Text;
using Relais.Generator.Interop;
using Relais.Generator.Plan;
using Relais.Generator.Write;
using Relais.Model;
using Relais.Model.Pages;
using Relais.Model.Resolved;

namespace Relais.Generator.Outputs;

/// <summary>What an output reads: the resolved site, the planned pages and the frame they share, and the
/// names of the French communes outside the site (content/communes-hors-site.csv, if present).</summary>
public sealed record OutputContext(ResolvedSite Site, SitePlan Plan, IReadOnlyList<OutsideCommune>? OutsideCommunes = null)
{
    public SiteFrame Frame => Plan.Frame;
}

/// <summary>
/// Where outputs write: straight to the site writer, file by file as they are made (a national site's
/// calendars are hundreds of megabytes), keeping the routes written so that pages' links are checked
/// against them. Thread-safe.
/// </summary>
public sealed class OutputSink(SiteWriter writer)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ConcurrentBag<string> _routes = [];

    public IEnumerable<string> Routes => _routes;

    public void Text(string route, string text) => Bytes(route, Utf8.GetBytes(text));

    public void Bytes(string route, byte[] bytes)
    {
        writer.Write(Model.Routes.OutputPath(route), bytes);
        _routes.Add(route);
    }
}

/// <summary>Writes every output; returns the routes they wrote, for the link check.</summary>
public static class WriteOutputs
{
    /// <summary>The site's non-HTML outputs, one class each with one contract: <c>Write(OutputContext, OutputSink)</c>.</summary>
    public static IReadOnlyList<Action<OutputContext, OutputSink>> All { get; } =
    [
        Calendars.Write,
        VisitsFeed.Write,
        SearchIndex.Write,
        NearbyIndex.Write,
        MapData.Write,
        OpenData.Write,
        SiteIndex.Write,
        AddressManifest.Write,
    ];

    public static IReadOnlySet<string> Run(OutputContext context, SiteWriter writer)
    {
        var sink = new OutputSink(writer);
        foreach (var asset in context.Plan.Assets) sink.Bytes(asset.Route, asset.Bytes);
        foreach (var write in All) write(context, sink);
        return sink.Routes.ToHashSet(StringComparer.Ordinal);
    }
}
