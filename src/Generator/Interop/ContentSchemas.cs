using System.Text.Json;
using System.Text.Json.Nodes;
using Relais.Generator.Validate;
using Relais.Generator.Validate.Fields;

namespace Relais.Generator.Interop;

/// <summary>
/// JSON Schemas (draft-07, what VS Code's YAML extension reads) generated from the same
/// <see cref="FieldSpec"/> lists the validator uses: editors get completion, hover help and
/// checking while typing, and the schemas cannot drift from the model.
/// </summary>
public static class ContentSchemas
{
    public const string Folder = "schemas";

    public static IReadOnlyList<(string FileName, string Title, IReadOnlyList<FieldSpec> Fields)> Kinds { get; } =
    [
        ("lieu.schema.json", "Lieu d'aide au numérique (content/lieux/*.yml)", PlaceFields.All),
        ("tournee.schema.json", "Bus numérique et ses passages (content/tournees/*.yml)", TourFields.All),
        ("atelier.schema.json", "Série d'ateliers, en-tête du fichier (content/ateliers/*.md)", WorkshopFields.All),
        ("page.schema.json", "Page rédigée, en-tête du fichier (input/*.md)", PageFields.All),
        ("statiq.schema.json", "Réglages du site (statiq.json)", SettingsFields.All),
    ];

    public static string Generate(string fileName)
    {
        var (_, title, fields) = Kinds.Single(k => k.FileName == fileName);
        var schema = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = fileName,
            ["title"] = title,
        };
        foreach (var (key, value) in ObjectSchema(fields)) schema[key] = value?.DeepClone();
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonObject ObjectSchema(IReadOnlyList<FieldSpec> fields)
    {
        var properties = new JsonObject();
        foreach (var field in fields) properties[field.Key] = FieldSchema(field);
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
        var required = fields.Where(f => f.Required).Select(f => (JsonNode)f.Key).ToArray();
        if (required.Length > 0) schema["required"] = new JsonArray(required);
        return schema;
    }

    private static JsonObject FieldSchema(FieldSpec field)
    {
        var schema = field.Type switch
        {
            FieldType.Object => ObjectSchema(field.Fields),
            FieldType.List when field.Items!.Type == FieldType.Object => ArraySchema(field),
            // One value alone is accepted where a list is expected.
            FieldType.List => new JsonObject { ["anyOf"] = new JsonArray(ArraySchema(field), FieldSchema(field.Items!)) },
            _ => ScalarSchema(field),
        };
        schema["description"] = field.Description;
        return schema;
    }

    /// <summary>A list; one that must hold a value (as the validator says: OFF0125) has at least one item.</summary>
    private static JsonObject ArraySchema(FieldSpec field)
    {
        var schema = new JsonObject { ["type"] = "array", ["items"] = FieldSchema(field.Items!) };
        if (field.MustHoldValue) schema["minItems"] = 1;
        return schema;
    }

    private static JsonObject ScalarSchema(FieldSpec field)
    {
        var schema = field.Type switch
        {
            FieldType.Integer => new JsonObject { ["type"] = "integer" },
            FieldType.Number => new JsonObject { ["type"] = "number" },
            FieldType.Boolean => new JsonObject { ["enum"] = new JsonArray(true, false, "oui", "non") },
            FieldType.Date => new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{4}-\d{2}-\d{2}$" },
            FieldType.TimeRange => new JsonObject { ["type"] = "string", ["pattern"] = @"^\d{1,2}([:hH]\d{0,2})?\s*[-–]\s*\d{1,2}([:hH]\d{0,2})?$" },
            // Codes written without quotes are numbers to YAML: both are accepted.
            FieldType.CodeInsee => new JsonObject { ["type"] = new JsonArray("string", "integer"), ["pattern"] = @"^([013-9]\d|2[ABab1-9])\d{3}$" },
            FieldType.CodePostal => new JsonObject { ["type"] = new JsonArray("string", "integer"), ["pattern"] = @"^\d{5}$" },
            FieldType.Phone => new JsonObject { ["type"] = "string", ["pattern"] = @"^[+0-9][0-9 .()\-]{7,}$" },
            FieldType.Email => new JsonObject { ["type"] = "string", ["pattern"] = @"^[^@\s]+@[^@\s]+\.[^@\s.]+$" },
            FieldType.Url => new JsonObject { ["type"] = "string", ["pattern"] = "^https?://" },
            FieldType.Slug => new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$" },
            FieldType.Choice => new JsonObject { ["enum"] = new JsonArray(field.Choices.Select(c => (JsonNode)c).ToArray()) },
            _ => new JsonObject { ["type"] = "string" },
        };
        // A required text must not be blank (OFF0125); the other types' patterns already refuse it.
        if (field.Required && field.Type is FieldType.Text or FieldType.Markdown) schema["pattern"] = @"\S";
        if (field.MaxLength is { } max) schema["maxLength"] = max;
        if (field.Minimum is { } min) schema["minimum"] = min;
        if (field.Maximum is { } maximum) schema["maximum"] = maximum;
        return schema;
    }
}
