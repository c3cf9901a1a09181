using System.Text;
using System.Text.RegularExpressions;

namespace Relais.Generator.Tests.Integration;

/// <summary>
/// The issue's definition of done: the real sample site with one mistake of each kind, each in
/// its own file or line, gives in one run exactly one error per mistake, where the mistake is, and
/// no other error.
/// </summary>
public sealed class BrokenSiteIntegrationTests
{
    /// <summary>
    /// A mistake written into a file of the sample. <see cref="Caret"/> is text of the edited file
    /// with « | » where the error must point (its <see cref="Nth"/> occurrence); null for the file's top.
    /// </summary>
    private sealed record Mistake(string File, string Old, string New, string Code, string? Caret, int Nth = 1);

    private const string Settings = "statiq.json";
    private const string Communes = "content/communes.csv";
    private const string Touraine = "content/tournees/bus-numerique-touraine.yml";
    private const string Barousse = "content/tournees/bus-demarches-barousse.yml";

    private static readonly Mistake[] Mistakes =
    [
        // statiq.json
        new(Settings, "\"https://numerique-proche.example.org/\"", "\"numerique-proche.example.org\"", "OFF0116", "\"|numerique-proche"),
        new(Settings, "[\"37\", \"31\", \"65\"]", "[\"37\", \"31\", \"20\"]", "OFF0123", "\"|20\"]"),
        new(Settings, "\"fr-FR\"", "\"fr-BE\"", "OFF0123", "|\"fr-BE\""),
        new(Settings, "\"Europe/Paris\"", "\"Europe/Pariss\"", "OFF0123", "|\"Europe/Pariss\""),

        // content/communes.csv (an unknown column and a short row are written by the test itself; a
        // missing column is left to CommuneListValidationTests, as it turns every commune check off)
        new(Communes, "37119,L'Île-Bouchard", "37111,L'Île-Bouchard", "OFF0206", "|37111,L'Île"),
        new(Communes, "31020,Aspet,31160,42.960,0.800,1000,31", "31020,Aspet,31160,42.960,0.800,1000,32", "OFF0124", "1000,|32"),
        new(Communes, "37115,Descartes,37160,46.972", "37115,Descartes,37160,\"46,972\"", "OFF0109", "37160,|\"46,972\""),

        // Places
        new("content/lieux/france-services-luchon.yml", "adresse: 26 allées", "adresse: Antenne : 26 allées", "OFF0001", "Antenne |: 26"),
        new("content/lieux/france-services-chinon.yml", "telephone: \"02 61 91 20 03\"\n", "telephone: \"02 61 91 20 03\"\ntelephone: \"02 61 91 20 33\"\n", "OFF0005", "|telephone: \"02 61 91 20 33\""),
        new("content/lieux/mairie-sorigny.yml", "adresse: 5 place de la Mairie\n", "", "OFF0101", "|nom: "),
        new("content/lieux/mediatheque-montbazon.yml", "telephone:", "telephonne:", "OFF0102", "|telephonne"),
        new("content/lieux/france-services-sainte-maure.yml", "[Se présenter, Téléphoner]", "[Se présenter, Telephonner]", "OFF0104", "|Telephonner"),
        new("content/lieux/centre-social-ligueil.yml", "\"37240\"", "\"3724\"", "OFF0106", "\"|3724\""),
        new("content/lieux/espace-vie-sociale-bourgueil.yml", "\"37031\"", "\"3703\"", "OFF0105", "\"|3703\""),
        new("content/lieux/france-services-saint-gaudens.yml", "\"31483\"", "\"31484\"", "OFF0201", "|\"31484\""),
        new("content/lieux/epn-lannemezan.yml", "latitude: 43.1253", "latitude: 53.1253", "OFF0107", "latitude: |53.1253"),
        new("content/lieux/mediatheque-saint-gaudens.yml", "latitude: 43.1086\nlongitude: 0.7212", "latitude: 0.7212\nlongitude: 43.1086", "OFF0108", "latitude: |0.7212"),
        new("content/lieux/epn-loches.yml", "\"Tu-Fr 14:00-18:00;", "\"Ma-Ve 14:00-18:00;", "OFF0110", "\"|Ma-Ve"),
        new("content/lieux/france-services-loches.yml", "date_maj: 2026-09-15", "date_maj: 15/09/2026", "OFF0111", "|15/09/2026"),
        new("content/lieux/ccas-richelieu.yml", "\"02 61 91 20 10\"", "\"02 61 91 20\"", "OFF0114", "\"|02 61 91 20\""),
        new("content/lieux/mairie-loures-barousse.yml", "nom: Point numérique de la mairie de Loures-Barousse", "nom: [Point numérique, mairie de Loures-Barousse]", "OFF0103", "nom: |[Point"),
        // A required value written empty: the place would have had no page, silently
        new("content/lieux/france-services-chinon.yml", "services: [Aide aux démarches administratives]", "services: []", "OFF0125", "services: |[]"),

        // Bus tours
        new(Touraine, "seances: [\"14:00-17:00\"]", "seances: [\"17:00-14:00\"]", "OFF0113", "[\"|17:00-14:00"),
        new(Touraine, "    motif_annulation: moins de 6 personnes inscrites à la date limite\n", "", "OFF0122", "statut: |annule"),
        new(Touraine, "  - date: 2027-03-30\n", "  - date: 2027-03-23\n", "OFF0204", "  - |date: 2027-03-23", Nth: 2),
        // A visit without a session: validation passed it, then the build threw
        new(Touraine, "    lieu: Parking de la Halle\n", "    lieu: Parking de la Halle\n    seances: []\n", "OFF0125", "seances: |[]"),
        // Not a mistake: the bus may go elsewhere on the day of a cancelled visit (Huismes, 2027-03-16).
        new(Touraine, "  - date: 2027-04-13\n", "  - date: 2027-03-16\n", "", null),
        new(Touraine, "avant: 2027-04-06", "avant: 2027-03-09", "", null),
        new(Barousse, "[\"09:30-12:00\"]", "[\"09:30-12:90\"]", "OFF0112", "[\"|09:30-12:90\"]"),
        new(Barousse, "du: 2026-11-12, au: 2027-06-17 }\n    code_insee: \"65427\"", "du: 2026-11-13, au: 2027-06-17 }\n    code_insee: \"65427\"", "OFF0140", "du: |2026-11-13"),
        new(Barousse, "    statut: confirme\n  # Les semaines « B »", "    statut: complet\n  # Les semaines « B »", "OFF0141", "statut: |complet\n  # Les semaines « B »"),
        new(Touraine, "avant: 2027-01-05", "avant: 2027-01-13", "OFF0205", "avant: |2027-01-13"),
        new(Touraine, "inscrits_minimum: 6", "inscrits_minimum: 13", "OFF0120", "inscrits_minimum: |13"),
        new(Barousse, "operateur: Les Ateliers numériques du Comminges", "operateur: \"  \"", "OFF0125", "operateur: |\"  \""),

        // Workshops
        new("content/ateliers/chinon-smartphone-hiver.md", "{ date: 2027-01-09, horaire: \"10:00-12:00\" }", "{ date: 2027-01-09, horaire: \"12:00-10:00\" }", "OFF0113", "\"|12:00-10:00"),
        new("content/ateliers/luchon-smartphone-2027.md", "au: 2027-06-25", "au: 2027-01-01", "OFF0113", "au: |2027-01-01"),
        new("content/ateliers/sainte-marie-tablette-2027.md", "organisateur: ateliers-numeriques-comminges", "organisateur: ateliers-numeriques-cominges", "OFF0202", "|ateliers-numeriques-cominges"),
        new("content/ateliers/tibiran-jaunac-ordinateur-2027.md", "places_libres: 2", "places_libres: 12", "OFF0120", "places_libres: |12"),
        new("content/ateliers/chinon-smartphone-hiver.md", "frais_a_charge: [Gratuit]", "frais_a_charge: []", "OFF0125", "frais_a_charge: |[]"),
        new("content/ateliers/tibiran-jaunac-ordinateur-2027.md", "sauf: [2027-02-23,", "sauf: [2027-02-24,", "OFF0121", "|2027-02-24"),
        new("content/ateliers/loches-premiers-pas-2027.md", "chaque_semaine:\n", "dates: [{ date: 2027-01-06, horaire: \"14:30-16:30\" }]\nchaque_semaine:\n", "OFF0121", "|chaque_semaine:"),
        new("content/ateliers/lourde-demarches-hiver.md", """
            dates:
              - { date: 2027-01-18, horaire: "09:30-12:00" }
              - { date: 2027-01-25, horaire: "09:30-12:00" }
              - { date: 2027-02-01, horaire: "09:30-12:00" }
              - { date: 2027-02-08, horaire: "09:30-12:00" }

            """, "", "OFF0121", "|titre: "),

        // Pages
        new("input/mentions-legales.md", "ordre: 5\n---\n", "ordre: 5\n", "OFF0002", null),
        new("input/a-propos.md", "titre: À propos de ce site", "titre: \"  \"", "OFF0125", "titre: |\"  \""),
    ];

    [Fact]
    public void Each_mistake_gives_exactly_one_error_where_it_is()
    {
        // Given the sample site
        using var site = TestSite.FromSample();
        var expected = new List<string>();

        // … with the table's mistakes
        foreach (var mistake in Mistakes) site.EditFile(mistake.File, mistake.Old, mistake.New);
        foreach (var mistake in Mistakes.Where(m => m.Code.Length > 0))
            expected.Add($"{Position(site, mistake.File, mistake.Caret, mistake.Nth)} {mistake.Code}");

        // … a column the list does not know, written on every row but one
        var communes = site.ReadFile(Communes).Edit("dep_code\n", "dep_code,reg_code\n");
        communes = Regex.Replace(communes, @"^(?!code_insee|37011,)([^\n]+)$", "$1,24", RegexOptions.Multiline);
        site.WriteFile(Communes, communes);
        expected.Add($"{Position(site, Communes, "dep_code,|reg_code")} OFF0102");
        expected.Add($"{Position(site, Communes, "|37011,Avoine")} OFF0006");

        // … a place saved in Windows-1252; it organises a workshop, which must not be reported for it
        var chinon = "content/lieux/mediatheque-chinon.yml";
        site.WriteBytes(chinon, Encoding.Latin1.GetBytes(site.ReadFile(chinon)));
        expected.Add($"{chinon}:1:1 OFF0003");

        // … a place written twice under the same name, once with a name that is no address, and a
        // page that takes an address of the site
        site.WriteFile("content/lieux/ateliers-numeriques-comminges.yaml", site.ReadFile("content/lieux/ateliers-numeriques-comminges.yml"));
        expected.Add("content/lieux/ateliers-numeriques-comminges.yml:1:1 OFF0203");
        site.WriteFile("content/lieux/Point Numérique.yml", File.ReadAllText(Path.Combine(Repository.Root, "content/lieux/mairie-sorigny.yml")));
        expected.Add("content/lieux/Point Numérique.yml:1:1 OFF0007");
        site.WriteFile("input/agenda.md", "---\ntitre: Agenda\n---\nLes prochains passages.\n");
        expected.Add("input/agenda.md:1:1 OFF0203");

        // When
        var (validated, diagnostics) = site.Validate();

        // Then
        Assert.Null(validated);
        Assert.Equal(expected.Count, expected.Distinct().Count());
        var errors = diagnostics.Where(d => d.IsError).ToList();
        var actual = errors.Select(d => $"{d.Span.File}:{d.Span.Line}:{d.Span.Column} {d.Code}").ToList();
        var missing = expected.Except(actual).ToList();
        var unexpected = errors.Where(d => !expected.Contains($"{d.Span.File}:{d.Span.Line}:{d.Span.Column} {d.Code}")).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0 && actual.Count == expected.Count,
            $"Missing ({missing.Count}):\n{string.Join('\n', missing)}\nUnexpected ({unexpected.Count}):\n{string.Join('\n', unexpected)}");

        // and the whole build stops with the same errors, writing nothing
        var (output, built) = site.Build();
        Assert.Null(output);
        Assert.False(Directory.Exists(site.Output));
        Assert.Equal(actual.Order(StringComparer.Ordinal), built.Where(d => d.IsError).Select(d => $"{d.Span.File}:{d.Span.Line}:{d.Span.Column} {d.Code}").Order(StringComparer.Ordinal));
    }

    /// <summary>« file:line:column » of the « | » in the <paramref name="nth"/> occurrence of the caret text.</summary>
    private static string Position(TestSite site, string file, string? caret, int nth = 1)
    {
        if (caret is null) return $"{file}:1:1";
        var text = site.ReadFile(file);
        var bar = caret.IndexOf('|', StringComparison.Ordinal);
        Assert.True(bar >= 0, $"No « | » in caret «{caret}»");
        var needle = caret.Remove(bar, 1);
        var at = -1;
        for (var i = 0; i < nth; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"Caret «{caret}» (occurrence {nth}) not found in {file}");
        }
        if (nth == 1) Assert.True(text.IndexOf(needle, at + 1, StringComparison.Ordinal) < 0, $"Caret «{caret}» is not unique in {file}: give its occurrence");
        var offset = at + bar;
        var line = text.AsSpan(0, offset).Count('\n') + 1;
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return $"{file}:{line}:{offset - lineStart + 1}";
    }
}
