using Relais.Generator.Cli;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.Import;

/// <summary>
/// A hub's rows in the standard's canonical form, imported then exported by the site: every field the
/// standard defines comes back with the same value (the national cartography reads back what it gave).
/// </summary>
public sealed class ImportExportRoundTripTests
{
    // Our own rows, in the standard's canonical forms: ISO dates, international phones, WGS84 with a dot, « | » lists.
    private const string Hub = """
        id,pivot,nom,commune,code_postal,code_insee,adresse,complement_adresse,latitude,longitude,typologie,telephone,courriels,site_web,horaires,presentation_resume,presentation_detail,source,itinerance,structure_parente,date_maj,services,publics_specifiquement_adresses,prise_en_charge_specifique,frais_a_charge,dispositif_programmes_nationaux,formations_labels,autres_formations_labels,modalites_acces,modalites_accompagnement,fiche_acces_libre,prise_rdv
        rt-1,21370132900012,Espace public numérique de Loches,Loches,37600,37132,2 rue de la République,Premier étage,47.1283,0.9958,EPN|BIB,+33261910001,epn@loches.example.org|accueil@loches.example.org,https://epn-loches.example.org/,Tu-Fr 14:00-18:00; Sa 10:00-12:00,Ordinateurs en accès libre et ateliers.,Un atelier chaque mardi pour apprendre à son rythme.,Hub Centre-Val de Loire,Fixe,Réseau des EPN de Touraine,2026-09-15,Aide aux démarches administratives|Maîtrise des outils numériques du quotidien,Seniors,Surdité|Illettrisme,Gratuit,Conseillers numériques,Formé à « Mon Espace Santé »,Formation Aidants,Se présenter|Téléphoner,Accompagnement individuel|Dans un atelier collectif,https://acceslibre.beta.gouv.fr/app/37-loches/a/bibliotheque/erp/epn-loches/,https://rdv.example.org/epn-loches
        rt-2,00000000000000,Mairie de Sorigny,Sorigny,37250,37250,Place de la Mairie,,47.2431,0.6952,MUNI,+33261910002,,,Mo-Fr 09:00-12:00,,,Hub Centre-Val de Loire,Fixe,,2026-06-30,Aide aux démarches administratives,,,Gratuit sous condition,,,,Téléphoner,En autonomie,,

        """;

    [Fact]
    public void Import_then_export_gives_back_every_field_of_the_standard()
    {
        // Given a site, and a hub's file imported into it
        using var site = TestSite.Create("");
        var csv = Path.Combine(site.Root, "hub.csv");
        File.WriteAllText(csv, Hub);
        using (var output = new StringWriter())
        using (var error = new StringWriter())
            Assert.Equal(0, ImportCommand.Run(site.Root, csv, null, null, "2026-11-24", output, error));

        // When the site is built
        var (built, diagnostics) = site.Build(TestSite.Today);
        Assert.True(built is not null, string.Join("\n", diagnostics));

        // Then each row of the export has the hub's values, field by field (the id is the site's own: the file's name)
        var given = Rows(Hub);
        Assert.All(given[0], cell => Assert.True(cell.Value.Length > 0, $"the first row should fill every field of the standard, not « {cell.Key} »"));
        var exported = Rows(File.ReadAllText(Path.Combine(built, "donnees", "lieux-de-mediation-numerique.csv")));
        Assert.Equal(given.Count, exported.Count);
        foreach (var row in given)
        {
            var back = exported.Single(r => r["nom"] == row["nom"]);
            foreach (var (column, value) in row.Where(c => c.Key != "id"))
                Assert.True(Same(value, back[column]), $"« {row["nom"]} », {column}: given « {value} », exported « {back[column]} »");
        }
    }

    private static List<Dictionary<string, string>> Rows(string csv)
    {
        var table = CsvTableReader.Read(csv, "lieux.csv", new DiagnosticBag())!;
        var header = table.Header.Select(h => h.Value).ToList();
        return table.Rows.Select(r => header.Select((h, i) => (h, v: i < r.Count ? r[i].Value : "")).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal)).ToList();
    }

    /// <summary>The same value; a « | » list in any order.</summary>
    private static bool Same(string given, string exported) =>
        given.Split('|').Order(StringComparer.Ordinal).SequenceEqual(exported.Split('|').Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
