using System.Globalization;
using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Relais.Generator.Tests.Interop;

/// <summary>
/// The national « lieux de médiation numérique » standard as its authors publish it
/// (../shared/standards, never copied into the repository), and a row of its CSV checked against
/// it with a JSON Schema validator.
/// </summary>
/// <remarks>
/// schema.json is a Frictionless Table Schema: a list of fields, each with a type and constraints.
/// A row is the JSON object those fields describe: an empty cell is a missing value (the Table
/// Schema's default <c>missingValues: [""]</c>) and is left out; a « number » cell is a JSON number,
/// a « date » cell a string of format date; multi-valued cells stay one string, « a|b », since the
/// standard's patterns are written against the joined values. A Table Schema pattern matches the
/// whole value (XML Schema regular expressions are anchored), a JSON Schema one anywhere: patterns
/// are anchored here. « unique » is a property of the table, checked by <see cref="DuplicateIds"/>.
/// </remarks>
public sealed class NationalStandard
{
    public static string Folder => Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "standards", "lieux-mediation-numerique"));

    public static string SchemaPath => Path.Combine(Folder, "schema.json");

    private readonly JsonSchema _rowSchema;

    private NationalStandard(IReadOnlyList<JsonNode> fields, JsonSchema rowSchema)
    {
        Fields = fields;
        _rowSchema = rowSchema;
    }

    /// <summary>The standard's fields in its order.</summary>
    public IReadOnlyList<JsonNode> Fields { get; }

    public IReadOnlyList<string> Columns => Fields.Select(f => (string)f["name"]!).ToList();

    /// <summary>The standard read from ../shared/standards; the test skips (fails in CI) when it is not there.</summary>
    public static async Task<NationalStandard> LoadAsync()
    {
        if (!File.Exists(SchemaPath)) Repository.SkipUnlessCi($"The national standard's schema is needed: {SchemaPath} is missing.");
        var fields = JsonNode.Parse(await File.ReadAllTextAsync(SchemaPath, TestContext.Current.CancellationToken))!["fields"]!.AsArray().Select(f => f!).ToList();
        var schema = await JsonSchema.FromJsonAsync(RowSchema(fields).ToJsonString(), TestContext.Current.CancellationToken);
        return new NationalStandard(fields, schema);
    }

    /// <summary>The JSON Schema of one row: an object with a property per field.</summary>
    public static JsonObject RowSchema(IEnumerable<JsonNode> fields)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var field in fields)
        {
            var name = (string)field["name"]!;
            var type = (string?)field["type"] ?? "string";
            var constraints = field["constraints"];
            var property = new JsonObject
            {
                ["type"] = type switch
                {
                    "number" => "number",
                    "integer" => "integer",
                    "boolean" => "boolean",
                    _ => "string",
                },
            };
            if (type == "date") property["format"] = "date";
            if (constraints?["pattern"] is { } pattern) property["pattern"] = $"^(?:{(string)pattern!})$";
            if (constraints?["maxLength"] is { } maxLength) property["maxLength"] = (int)maxLength;
            if (constraints?["minLength"] is { } minLength) property["minLength"] = (int)minLength;
            if (constraints?["enum"] is JsonArray values) property["enum"] = values.DeepClone();
            if (constraints?["required"]?.GetValue<bool>() == true) required.Add(name);
            properties[name] = property;
        }
        return new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = required,
            ["additionalProperties"] = false,
        };
    }

    /// <summary>A CSV row (cells in <paramref name="header"/> order) as the JSON object the standard describes.</summary>
    public JsonObject ToJson(IReadOnlyList<string> header, IReadOnlyList<string> cells)
    {
        var types = Fields.ToDictionary(f => (string)f["name"]!, f => (string?)f["type"] ?? "string", StringComparer.Ordinal);
        var row = new JsonObject();
        for (var i = 0; i < header.Count; i++)
        {
            var value = i < cells.Count ? cells[i] : "";
            if (value.Length == 0) continue;
            row[header[i]] = types.GetValueOrDefault(header[i]) == "number" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(value);
        }
        return row;
    }

    /// <summary>What is wrong with a row, « field: problem » each; empty when it is valid.</summary>
    public IReadOnlyList<string> Problems(JsonObject row) =>
        _rowSchema.Validate(row.ToJsonString()).Select(Describe).Order(StringComparer.Ordinal).ToList();

    /// <summary>Ids used by more than one row (the standard's « unique » id).</summary>
    public static IReadOnlyList<string> DuplicateIds(IEnumerable<JsonObject> rows) =>
        rows.Select(r => (string?)r["id"] ?? "").GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

    private static string Describe(ValidationError error) =>
        $"{(error.Kind == ValidationErrorKind.PropertyRequired ? error.Property : error.Path?.TrimStart('#', '/'))}: {error.Kind}";
}
