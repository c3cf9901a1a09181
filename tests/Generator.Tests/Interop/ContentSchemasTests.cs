using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;
using Relais.Generator.Interop;
using Relais.Generator.Load;
using Relais.Generator.Validate;

namespace Relais.Generator.Tests.Interop;

/// <summary>schemas/*.schema.json: generated from the FieldSpec lists, committed for editors' VS Code.</summary>
public sealed class ContentSchemasTests
{
    private static string SchemaPath(string fileName) => Path.Combine(Repository.Root, ContentSchemas.Folder, fileName);

    public static TheoryData<string> SchemaFiles => [.. ContentSchemas.Kinds.Select(k => k.FileName)];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void The_committed_schema_is_the_generated_one(string fileName)
    {
        var committed = File.Exists(SchemaPath(fileName)) ? File.ReadAllText(SchemaPath(fileName)).ReplaceLineEndings("\n") : "(absent)";

        var generated = ContentSchemas.Generate(fileName);

        Assert.True(committed == generated,
            $"{ContentSchemas.Folder}/{fileName} does not match the content model: run « dotnet run --project src/Generator -- schemas » and commit the result.");
    }

    [Fact]
    public void No_schema_file_is_left_over_from_a_removed_kind()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Repository.Root, ContentSchemas.Folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(ContentSchemas.Kinds.Select(k => k.FileName).Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Every_field_spec_key_is_a_property_of_its_schema_and_no_other(string fileName)
    {
        var schema = JsonNode.Parse(File.ReadAllText(SchemaPath(fileName)))!;
        var fields = ContentSchemas.Kinds.Single(k => k.FileName == fileName).Fields;

        AssertSameKeys(fields, schema, fileName);
    }

    private static void AssertSameKeys(IReadOnlyList<FieldSpec> fields, JsonNode schema, string path)
    {
        var properties = schema["properties"]!.AsObject();
        Assert.Equal(fields.Select(f => f.Key).Order(StringComparer.Ordinal), properties.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>(), $"{path} accepts unknown keys");
        Assert.Equal(fields.Where(f => f.Required).Select(f => f.Key).Order(StringComparer.Ordinal),
            (schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []).Order(StringComparer.Ordinal));
        foreach (var field in fields)
        {
            var property = properties[field.Key]!;
            if (field.Type == FieldType.Object) AssertSameKeys(field.Fields, property, $"{path}.{field.Key}");
            if (field.Type == FieldType.List && field.Items!.Type == FieldType.Object) AssertSameKeys(field.Items.Fields, property["items"]!, $"{path}.{field.Key}[]");
        }
    }

    /// <summary>Every content file of the sample, with the schema its first line names.</summary>
    public static TheoryData<string, string> SampleFiles
    {
        get
        {
            var data = new TheoryData<string, string> { { "statiq.json", "statiq.schema.json" } };
            foreach (var (folder, schema) in new[] { ("content/lieux", "lieu.schema.json"), ("content/tournees", "tournee.schema.json"), ("content/ateliers", "atelier.schema.json"), ("input", "page.schema.json") })
            {
                foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, folder)).Order(StringComparer.Ordinal))
                    data.Add($"{folder}/{Path.GetFileName(file)}", schema);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task Every_sample_file_validates_against_its_schema(string file, string schemaFile)
    {
        // Given
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaPath(schemaFile), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var text = await File.ReadAllTextAsync(Path.Combine(Repository.Root, file), TestContext.Current.CancellationToken);
        var yaml = file.EndsWith(".md", StringComparison.Ordinal) ? FrontMatter.Split(text, out _)!.Yaml : text;

        // When
        var errors = schema.Validate(YamlToJson.Convert(yaml)!.ToJsonString());

        // Then
        Assert.True(errors.Count == 0, $"{file} against {schemaFile}:\n{string.Join('\n', errors.Select(e => $"{e.Path}: {e.Kind}"))}");
    }

    [Fact]
    public async Task A_schema_catches_what_the_validator_catches()
    {
        // A check that the schemas are not vacuous: an unknown key, a value outside the list and a
        // quoted number where a number is expected.
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaPath("lieu.schema.json"), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var yaml = """
            nom: EPN
            adresse: 2 rue
            code_postal: "37600"
            code_insee: "37132"
            latitude: "47,1"
            date_maj: 2026-10-01
            services: [Maitrise]
            telephon: "02 47 12 34 56"
            """;

        var errors = schema.Validate(YamlToJson.Convert(yaml)!.ToJsonString());

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && e.Property == "telephon");
        Assert.Contains(errors, e => e.Property == "latitude" || e.Path == "#/latitude");
        Assert.Contains(errors, e => e.Property == "services" || e.Path?.StartsWith("#/services", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task A_schema_catches_a_required_value_written_empty()
    {
        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(SchemaPath("lieu.schema.json"), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var yaml = """
            nom: "   "
            adresse: 2 rue
            code_postal: "37600"
            code_insee: "37132"
            date_maj: 2026-10-01
            services: []
            """;

        var errors = schema.Validate(YamlToJson.Convert(yaml)!.ToJsonString());

        Assert.Contains(errors, e => e.Property == "nom" || e.Path == "#/nom");
        Assert.Contains(errors, e => e.Property == "services" || e.Path?.StartsWith("#/services", StringComparison.Ordinal) == true);
        Assert.Equal(2, errors.Count);
    }
}
