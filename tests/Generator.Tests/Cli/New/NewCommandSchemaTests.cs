using NJsonSchema;
using Relais.Generator.Load;
using Relais.Generator.Tests.Interop;

namespace Relais.Generator.Tests.Cli.New;

/// <summary>What `new` writes also passes the JSON Schema its first line names: editors' VS Code shows no error on a fresh file.</summary>
public sealed class NewCommandSchemaTests
{
    private const string Organiser = """
        -- content/lieux/epn-loches.yml --
        nom: Espace public numérique de Loches
        adresse: 2 rue de la République
        code_postal: "37600"
        code_insee: "37132"
        date_maj: 2026-10-01
        services: [Maîtrise des outils numériques du quotidien]
        """;

    public static TheoryData<string, string, string[]> Files => new()
    {
        { "content/lieux/point.yml", "lieu.schema.json", ["lieu", "--nom", "Point", "--commune", "Loches", "--adresse", "1 place", "--services", "1"] },
        { "content/lieux/point.yml", "lieu.schema.json", ["lieu", "--nom", "Point", "--commune", "Loches", "--adresse", "1 place", "--services", "1, 2", "--telephone", "0261912001", "--typologie", "EPN", "--horaires", "Mo 09:00-12:00"] },
        { "content/tournees/bus.yml", "tournee.schema.json", ["tournee", "--nom", "Bus", "--operateur", "Asso", "--places", "8", "--seances", "09:00-12:00"] },
        { "content/tournees/bus.yml", "tournee.schema.json", ["tournee", "--nom", "Bus", "--operateur", "Asso", "--format", "permanence", "--telephone", "0261913000", "--seances", "09:00-12:00"] },
        { "content/ateliers/atelier.md", "atelier.schema.json", ["atelier", "--titre", "Atelier", "--organisateur", "epn-loches", "--lieu", "Salle", "--niveau", "tous", "--places", "6", "--du", "2027-01-04", "--au", "2027-02-22", "--horaire", "10:00-12:00", "--frais", "Payant"] },
        { "content/ateliers/atelier.md", "atelier.schema.json", ["atelier", "--titre", "Atelier", "--organisateur", "epn-loches", "--lieu", "Salle", "--niveau", "tous", "--places", "6", "--seance", "2027-01-04 10:00-12:00", "--frais", "Payant"] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_new_file_passes_its_json_schema(string file, string schemaFile, string[] args)
    {
        using var site = TestSite.Create(Organiser);
        var result = NewRun.Flags(site, args);
        Assert.True(result.ExitCode == 0, result.ToString());
        if (file.StartsWith("content/tournees/", StringComparison.Ordinal))
            Assert.Equal(0, NewRun.Flags(site, "arret", "--tournee", "bus", "--date", "2027-01-05", "--commune", "Loches", "--lieu", "Place", "--inscription-aupres-de", "Mairie").ExitCode);

        var schema = await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "schemas", schemaFile), TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var text = site.ReadFile(file);
        var yaml = file.EndsWith(".md", StringComparison.Ordinal) ? FrontMatter.Split(text, out _)!.Yaml : text;
        var errors = schema.Validate(YamlToJson.Convert(yaml)!.ToJsonString());

        Assert.True(errors.Count == 0, $"{file} against {schemaFile}:\n{string.Join('\n', errors.Select(e => $"{e.Path}: {e.Kind}"))}\n{text}");
    }
}
