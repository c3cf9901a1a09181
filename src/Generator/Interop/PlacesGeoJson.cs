using System.Text.Json;
using System.Text.Json.Nodes;
using Relais.Model;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Interop;

/// <summary>Places as a GeoJSON FeatureCollection (RFC 7946: longitude first, WGS84).</summary>
public static class PlacesGeoJson
{
    public static string Write(IEnumerable<Place> places, Func<Place, Uri> pageUrl) =>
        new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray(places.Select(p => (JsonNode)new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = p.Slug,
                ["geometry"] = new JsonObject
                {
                    ["type"] = "Point",
                    ["coordinates"] = new JsonArray(Math.Round(p.Location.Longitude, 6), Math.Round(p.Location.Latitude, 6)),
                },
                ["properties"] = new JsonObject
                {
                    ["nom"] = p.Name,
                    ["adresse"] = p.Address.Street,
                    ["code_postal"] = p.Address.PostalCode.Value,
                    ["commune"] = p.Address.Commune.Name,
                    ["code_insee"] = p.Address.Commune.Code.Value,
                    ["telephone"] = p.Phone?.International,
                    ["horaires"] = p.Hours?.Text,
                    ["services"] = new JsonArray(p.Services.Select(s => (JsonNode)Vocabularies.Services.Label(s)).ToArray()),
                    ["frais_a_charge"] = new JsonArray(p.Fees.Select(f => (JsonNode)Vocabularies.Fees.Label(f)).ToArray()),
                    ["date_maj"] = IsoDate.Format(p.UpdatedOn),
                    ["url"] = pageUrl(p).AbsoluteUri,
                },
            }).ToArray()),
        }.ToJsonString(JsonText.Options);
}
