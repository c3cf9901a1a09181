using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Relais.Generator.Interop;

/// <summary>
/// One address of the manifest: the route, the kind of page (« visit », « redirect »…), and what finds a
/// fallback should the address be gone from a later build: keys naming its content, its commune's page, a
/// commune page's department page, a one-off visit's date, and where a page that sends on sends.
/// </summary>
public sealed record ManifestEntry(
    string Address, string Kind, IReadOnlyList<string> Keys, string? Commune = null, string? Department = null, DateOnly? Date = null, string? Target = null);

/// <summary>
/// adresses.json: the addresses a build published, one compact line per address in ordinal order, so that
/// two builds of the same content give the same bytes and a national site's tens of thousands of
/// addresses stay a few megabytes (and diff line by line). French field names, as the site's other data.
/// <code>
/// {"site":"https://exemple.fr/","adresses":[
/// {"adresse":"/","type":"home"},
/// {"adresse":"/lieux/epn-loches/","type":"place","commune":"/communes/loches-37132/","cles":["place:37132:espace-public-numerique-de-loches"]}
/// ]}
/// </code>
/// </summary>
public static class AddressManifestJson
{
    public static string Write(Uri site, IEnumerable<ManifestEntry> entries)
    {
        var json = new StringBuilder();
        json.Append("{\"site\":").Append(JsonValue.Create(site.AbsoluteUri).ToJsonString(JsonText.Options)).Append(",\"adresses\":[\n");
        var first = true;
        foreach (var entry in entries.OrderBy(e => e.Address, StringComparer.Ordinal))
        {
            if (!first) json.Append(",\n");
            first = false;
            var line = new JsonObject { ["adresse"] = entry.Address, ["type"] = entry.Kind };
            if (entry.Commune is { } commune) line["commune"] = commune;
            if (entry.Department is { } department) line["departement"] = department;
            if (entry.Date is { } date) line["date"] = Model.Values.IsoDate.Format(date);
            if (entry.Target is { } target) line["vers"] = target;
            if (entry.Keys.Count > 0) line["cles"] = new JsonArray(entry.Keys.Select(k => (JsonNode)k).ToArray());
            json.Append(line.ToJsonString(JsonText.Options));
        }
        json.Append("\n]}\n");
        return json.ToString();
    }

    /// <summary>The entries of a manifest; a FormatException says in French what is wrong with the file.</summary>
    public static IReadOnlyList<ManifestEntry> Read(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"ce n'est pas du JSON valide (ligne {ex.LineNumber + 1}) : est-ce bien un fichier adresses.json écrit par relais ?", ex);
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("adresses", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new FormatException("la liste « adresses » manque : est-ce bien un fichier adresses.json écrit par relais ?");
            var entries = new List<ManifestEntry>();
            foreach (var item in list.EnumerateArray())
            {
                var address = Text(item, "adresse");
                var kind = Text(item, "type");
                if (address is null || kind is null)
                    throw new FormatException($"l'entrée n° {entries.Count + 1} n'a pas d'« adresse » ou de « type ».");
                var keys = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("cles", out var k) && k.ValueKind == JsonValueKind.Array
                    ? k.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
                    : [];
                DateOnly? date = Text(item, "date") is { } d && Model.Values.IsoDate.TryParse(d, out var day, out _) ? day : null;
                entries.Add(new ManifestEntry(address, kind, keys, Text(item, "commune"), Text(item, "departement"), date, Text(item, "vers")));
            }
            return entries;
        }
    }

    private static string? Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
