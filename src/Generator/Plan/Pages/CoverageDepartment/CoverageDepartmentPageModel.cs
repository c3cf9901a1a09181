using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>How a department's coverage table is sorted: each order is a page of its own, so sorting needs no script.</summary>
public enum CoverageSort
{
    /// <summary>As in « Où envoyer le bus ensuite ? », best first; the communes left out of it last.</summary>
    Rank,

    /// <summary>Farthest from help first (no help at all before any distance).</summary>
    Distance,

    /// <summary>Most inhabitants first.</summary>
    Population,
}

/// <summary>A commune of the table: its reach (Resolve's distance and band) and its rank among the next stops; null when left out (bus planned or recent).</summary>
public sealed record CoverageRow(CommuneReach Reach, int? Rank);

/// <summary>A line of the map's legend: a band in words, its colour and shape (an SVG path 10 wide, centred on 0,0), and its communes and people in the department.</summary>
public sealed record BandEntry(int Band, string Label, string Colour, string Shape, int Communes, long Population);

/// <summary>One department's communes by distance to help: a map, its legend and the table, sorted by <paramref name="Sort"/>.</summary>
/// <param name="MapLabel">The map's summary in words (its accessible name).</param>
public sealed record CoverageDepartmentPageModel(
    PageMeta Meta, SiteFrame Site, Department Department, CoverageSort Sort, IReadOnlyList<CoverageRow> Rows,
    IReadOnlyList<BandEntry> Legend, DeferredHtml Map, string MapLabel) : PageModel(Meta, Site);
