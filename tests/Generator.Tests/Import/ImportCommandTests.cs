using System.Globalization;
using System.Text;
using Relais.Generator.Cli;
using Relais.Generator.Import;

namespace Relais.Generator.Tests.Import;

/// <summary>`import` end to end: a hub's export into a site folder, then the real validation on the result.</summary>
public sealed class ImportCommandTests
{
    private static readonly string Fixture = Path.Combine(Repository.Root, "tests", "Generator.Tests", "Import", "Fixtures", "hub-export.csv");

    private const string Today = "2026-11-24";

    private static (int Exit, string Output, string Error) Import(TestSite site, string csv, string? departments = null, string? report = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = ImportCommand.Run(site.Root, csv, departments, report, Today, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private static Dictionary<string, byte[]> Places(TestSite site) =>
        Directory.EnumerateFiles(Path.Combine(site.Root, "content", "lieux")).Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);

    [Fact]
    public void A_hub_export_becomes_place_files_that_validate_and_a_report()
    {
        // Given the test site (37 and 65) and a hub's export with a row for each real-world case
        using var site = TestSite.Create("");
        var report = Path.Combine(site.Root, "rapport.csv");

        // When it is imported
        var (exit, output, _) = Import(site, Fixture, report: report);

        // Then the summary counts every row, and each rejected row is named with its line and column
        Assert.Equal(0, exit);
        Assert.Contains("14 lus, 8 créés, 0 mis à jour, 0 inchangé, 3 rejetés, 2 doublons, 1 hors départements", output);
        Assert.Contains("ligne 7, colonne services : pas de services", output);
        Assert.Contains("ligne 8, colonne adresse : pas d'adresse", output);
        Assert.Contains("ligne 9, colonne commune : pas de commune, et le code postal 37250 est celui de plusieurs communes : « 37154 Montbazon », « 37250 Sorigny »", output);
        Assert.Contains("ligne 11, colonne nom : doublon probable de la ligne 2", output);
        Assert.Contains("ligne 12, colonne telephone : doublon probable de la ligne 3", output);
        Assert.Contains("1 lieu sans date_maj utilisable : date de l'import (2026-11-24)", output);

        // and the real validation finds no error in what was written
        var (validated, diagnostics) = site.Validate(TestSite.Today);
        DiagnosticAssert.NoErrors(diagnostics);
        Assert.Equal(8, validated!.Places.Count);
        // the text hours are kept, with a warning asking to convert them
        Assert.Contains(diagnostics, d => d.Code == "OFF0311" && d.Span.File == "content/lieux/centre-social-de-montbazon.yml");

        // and the report holds the same, and more, as CSV
        var lines = File.ReadAllLines(report);
        Assert.Equal("ligne,colonne,nature,fichier,message", lines[0]);
        Assert.Contains("7,services,rejeté,,pas de services : le standard en exige au moins un (par exemple « Aide aux démarches administratives »)", lines);
        Assert.Contains(lines, l => l.StartsWith("3,nom,remarque,,nom en capitales « MAIRIE DE SORIGNY - ACCUEIL NUMERIQUE »", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2,pivot,remarque,,\"valeur refusée par la vérification", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("13,latitude,remarque,,\"coordonnées en Lambert-93", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("16,code_postal,remarque,,\"code CEDEX « 37601 »", StringComparison.Ordinal));
    }

    [Fact]
    public void A_created_file_has_the_modeline_the_hub_id_and_the_fields_in_the_order_of_the_content_files()
    {
        using var site = TestSite.Create("");
        Import(site, Fixture);

        Assert.Equal("""
            # yaml-language-server: $schema=../../schemas/lieu.schema.json
            # Importé d'un fichier au standard national (id d'origine « hub-003 ») : relisez cette fiche et complétez-la.
            nom: Centre social de Montbazon
            typologie: [CS]
            adresse: 5 avenue de la Gare
            code_postal: "37250"
            code_insee: "37154"
            telephone: "02 61 91 00 03"
            horaires_texte: Le mardi de 14h à 17h, le jeudi sur rendez-vous
            presentation_detail: |
              Ateliers en petits groupes.

              Apportez votre téléphone ; nous avons des tablettes.
            date_maj: 2026-11-24
            services: [Maîtrise des outils numériques du quotidien, Utilisation sécurisée du numérique]
            publics_specifiquement_adresses: [Seniors]

            """.ReplaceLineEndings("\n"), site.ReadFile("content/lieux/centre-social-de-montbazon.yml"));
        Assert.Contains("nom: Mairie de Sorigny - Accueil Numérique", site.ReadFile("content/lieux/mairie-de-sorigny-accueil-numerique.yml"));
        Assert.Contains("telephone: \"02 61 91 00 02\"", site.ReadFile("content/lieux/mairie-de-sorigny-accueil-numerique.yml"));
        Assert.Contains("date_maj: 2026-06-30", site.ReadFile("content/lieux/mairie-de-sorigny-accueil-numerique.yml"));
    }

    [Fact]
    public void Importing_the_same_file_twice_changes_nothing()
    {
        using var site = TestSite.Create("");
        Import(site, Fixture);
        var first = Places(site);

        var (exit, output, _) = Import(site, Fixture);

        Assert.Equal(0, exit);
        Assert.Contains("14 lus, 0 créé, 0 mis à jour, 8 inchangés, 3 rejetés, 2 doublons, 1 hors départements", output);
        var second = Places(site);
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, f => Assert.Equal(f.Value, second[f.Key]));
    }

    [Fact]
    public void A_spreadsheet_export_in_windows_1252_with_commas_gives_the_same_files()
    {
        // Given the fixture re-saved as a spreadsheet would: Windows-1252, LF line ends
        using var utf8 = TestSite.Create("");
        Import(utf8, Fixture);
        using var ansi = TestSite.Create("");
        var text = File.ReadAllText(Fixture).ReplaceLineEndings("\n");
        ansi.WriteBytes("hub-ansi.csv", HubText.Windows1252.GetBytes(text));

        var (exit, output, _) = Import(ansi, Path.Combine(ansi.Root, "hub-ansi.csv"));

        Assert.Equal(0, exit);
        Assert.Contains("Windows-1252", output);
        var expected = Places(utf8);
        var actual = Places(ansi);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, f => Assert.Equal(Encoding.UTF8.GetString(f.Value), Encoding.UTF8.GetString(actual[f.Key])));
    }

    [Fact]
    public void An_existing_place_is_updated_in_place_and_what_an_editor_wrote_is_kept_and_reported()
    {
        // Given a place an editor wrote, with a comment, a presentation and converted hours; the hub has it under the same name and address
        using var site = TestSite.Create("""
            -- content/lieux/epn-loches.yml --
            # yaml-language-server: $schema=../../schemas/lieu.schema.json
            # Fiche tenue par la coordinatrice.
            nom: Espace public numérique de Loches
            adresse: 2 rue de la République
            code_postal: "37600"
            code_insee: "37132"
            telephone: "02 61 91 99 99"
            horaires: "Tu-Fr 14:00-18:00"
            presentation_detail: |
              Écrit par une rédactrice.
            date_maj: 2026-01-05
            services: [Aide aux démarches administratives]

            """);
        var report = Path.Combine(site.Root, "rapport.csv");

        var (_, output, _) = Import(site, Fixture, report: report);

        // Then the file is updated, not doubled: the hub's phone and lists replace or join the file's, the rest stays
        Assert.Contains("0 mis à jour".Replace("0", "1", StringComparison.Ordinal), output);
        Assert.False(File.Exists(Path.Combine(site.Root, "content/lieux/espace-public-numerique-de-loches.yml")));
        var text = site.ReadFile("content/lieux/epn-loches.yml");
        Assert.Contains("# Fiche tenue par la coordinatrice.", text);
        Assert.Contains("telephone: \"02 61 91 00 01\"", text);
        Assert.Contains("  Écrit par une rédactrice.", text);
        Assert.Contains("horaires: \"Tu-Fr 14:00-18:00\"", text);
        Assert.Contains("typologie: [EPN, BIB]", text);
        Assert.Contains("date_maj: 2026-09-15", text);
        Assert.Contains("services: [Aide aux démarches administratives, Maîtrise des outils numériques du quotidien]", text);
        // and the report says what was replaced and what was kept
        Assert.Contains("ligne 2, colonne telephone : « 02 61 91 99 99 » remplacé par « 02 61 91 00 01 »", output);
        Assert.Contains("ligne 2, colonne horaires : valeur du fichier conservée (« Tu-Fr 14:00-18:00 ») ; le fichier importé donne « Tu-Fr 14:00-18:00; Sa 10:00-12:00 »", output);
        Assert.Contains(File.ReadAllLines(report), l => l.StartsWith("2,,mis à jour,content/lieux/epn-loches.yml", StringComparison.Ordinal));
        DiagnosticAssert.NoErrors(site.Validate(TestSite.Today).Diagnostics);

        // and a second import leaves it as it is
        var before = site.ReadFile("content/lieux/epn-loches.yml");
        Assert.Contains("0 créé, 0 mis à jour, 8 inchangés", Import(site, Fixture).Output);
        Assert.Equal(before, site.ReadFile("content/lieux/epn-loches.yml"));
    }

    [Fact]
    public void A_file_verified_after_the_hub_row_is_left_as_it_is()
    {
        using var site = TestSite.Create("""
            -- content/lieux/epn-loches.yml --
            nom: Espace public numérique de Loches
            adresse: 2 rue de la République
            code_postal: "37600"
            code_insee: "37132"
            telephone: "02 61 91 99 99"
            date_maj: 2026-10-01
            services: [Aide aux démarches administratives]

            """);
        var before = site.ReadFile("content/lieux/epn-loches.yml");

        var (_, output, _) = Import(site, Fixture, report: Path.Combine(site.Root, "r.csv"));

        Assert.Contains("0 mis à jour", output);
        Assert.Equal(before, site.ReadFile("content/lieux/epn-loches.yml"));
        Assert.Contains(File.ReadAllLines(Path.Combine(site.Root, "r.csv")), l => l.Contains("fiche vérifiée le 2026-10-01, après la date du fichier importé (2026-09-15)", StringComparison.Ordinal));
    }

    [Fact]
    public void Departements_keeps_only_the_rows_of_those_departments()
    {
        using var site = TestSite.Create("");
        var (exit, output, _) = Import(site, Fixture, departments: "65");
        Assert.Equal(0, exit);
        Assert.Contains("14 lus, 1 créé", output);
        Assert.Equal(["point-numerique-caf-de-tibiran-jaunac.yml"], Places(site).Keys);
    }

    [Theory]
    [InlineData("absent.csv", null, "introuvable")]
    [InlineData("hub-export.csv", "41", "41 n'est pas parmi les départements du site (37, 65)")]
    [InlineData("not-standard.csv", null, "pas de colonne « nom »")]
    public void Usage_errors_exit_with_2_and_write_nothing(string file, string? departments, string message)
    {
        using var site = TestSite.Create("""
            -- not-standard.csv --
            a,b,c
            1,2,3
            """);
        var path = file == "hub-export.csv" ? Fixture : Path.Combine(site.Root, file);

        var (exit, _, error) = Import(site, path, departments);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", "lieux")));
    }

    [Fact]
    public void The_files_are_the_same_whatever_the_machine_culture()
    {
        using var invariant = TestSite.Create("");
        using var other = TestSite.Create("");
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            Import(invariant, Fixture);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR"); // dotless i, decimal comma
            Import(other, Fixture);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
        var expected = Places(invariant);
        Assert.All(Places(other), f => Assert.Equal(expected[f.Key], f.Value));
    }

    [Fact]
    public void A_row_whose_columns_shifted_is_rejected_with_the_count()
    {
        using var site = TestSite.Create("""
            -- hub.csv --
            nom;adresse;code_insee;code_postal;horaires;services
            EPN;1 rue X;37132;37600;Mo-Fr 09:00-12:00; Sa 10:00-12:00;Loisirs et créations numériques
            """);
        var (_, output, _) = Import(site, Path.Combine(site.Root, "hub.csv"));
        Assert.Contains("ligne 2 : 7 colonnes au lieu de 6 : une valeur contient sans doute un « ; » sans être entre guillemets", output);
    }

    [Fact]
    public void The_command_line_lists_import_with_french_help()
    {
        var command = CommandLine.Create().Subcommands.Single(c => c.Name == "import");
        Assert.StartsWith("Importe les lieux", command.Description);
        Assert.Contains(command.Options, o => o.Name == "--departements");
        Assert.Contains(command.Options, o => o.Name == "--rapport");
    }
}
