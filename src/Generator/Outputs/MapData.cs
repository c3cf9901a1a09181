using System.Text.Json.Nodes;
using Relais.Generator.Interop;
using Relais.Model;
using Relais.Model.French;
using Relais.Model.Resolved;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Outputs;

/// <summary>The data the map page's script draws.</summary>
public static class MapData
{
    /// <summary>
    /// Places and upcoming visits with what the filters need: services (by the standard's label),
    /// fees, whether seniors are addressed. Labels travel once, items refer to them by index.
    /// </summary>
    public static void Write(OutputContext context, OutputSink sink)
    {
        var site = context.Site;
        static double Round(double degrees) => Math.Round(degrees, 5);
        var places = new JsonArray(site.Places.Select(p => (JsonNode)new JsonObject
        {
            ["nom"] = p.Name,
            ["url"] = Routes.Place(p),
            ["commune"] = p.Address.Commune.Name,
            ["lat"] = Round(p.Location.Latitude),
            ["lon"] = Round(p.Location.Longitude),
            ["services"] = new JsonArray(p.Services.Select(s => (JsonNode)(int)s).ToArray()),
            ["gratuit"] = p.Fees.Contains(Fee.Free),
            ["seniors"] = p.Audiences.Contains(Audience.Seniors),
            ["telephone"] = p.Phone?.Display,
        }).ToArray());
        // A recurring stop is one marker, at its next date.
        var visits = new JsonArray(site.Visits.Where(v => v.IsAnnounced).OnePerPage().Select(v => (JsonNode)new JsonObject
        {
            ["nom"] = $"{v.Tour.Name} : {Fr.Date(v.Stop.Date)}{(v.Stop.Series is { } series ? $", puis {SeriesText.Rule(series)}" : "")}",
            ["url"] = Routes.Visit(v),
            ["commune"] = v.Commune.Name,
            ["lat"] = Round(v.Location.Latitude),
            ["lon"] = Round(v.Location.Longitude),
            ["services"] = new JsonArray(v.Tour.Services.Select(s => (JsonNode)(int)s).ToArray()),
            ["gratuit"] = v.Tour.Fees.Contains(Fee.Free),
            ["seniors"] = v.Tour.Audiences.Contains(Audience.Seniors),
        }).ToArray());
        var data = new JsonObject
        {
            ["services"] = new JsonArray(Vocabularies.Services.Entries.Select(e => (JsonNode)new JsonObject { ["code"] = (int)e.Value, ["libelle"] = e.Plain }).ToArray()),
            ["lieux"] = places,
            ["passages"] = visits,
        };
        sink.Text(Routes.MapData, data.ToJsonString(JsonText.Options));
    }
}
