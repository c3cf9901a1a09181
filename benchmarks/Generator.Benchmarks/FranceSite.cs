using System.Globalization;
using System.Text;
using Relais.Generator.Interop;

namespace Relais.Benchmarks;

/// <summary>
/// Writes a synthetic site the size of France: every commune of the reference file, places and
/// workshops spread over them with a fixed seed, and bus tours with stops on weekdays.
/// </summary>
public static class FranceSite
{
    public static (int Communes, int Places, int Stops, int Workshops) Write(string referenceCsv, string root, int places, int stops, int workshops)
    {
        var inv = CultureInfo.InvariantCulture;
        var random = new Random(20261124);
        // The official list as the communes command imports it; three communes have no centre and are left out.
        var imported = CommuneImport.Read(referenceCsv).Where(c => c.Latitude is not null && c.Longitude is not null).ToList();
        var communes = imported.Select(c => (c.Code, c.Name, Postal: c.PostalCodes.FirstOrDefault() ?? "", Lat: c.Latitude!.Value, Lon: c.Longitude!.Value)).ToList();
        Directory.CreateDirectory(Path.Combine(root, "content", "lieux"));
        Directory.CreateDirectory(Path.Combine(root, "content", "tournees"));
        Directory.CreateDirectory(Path.Combine(root, "content", "ateliers"));
        Directory.CreateDirectory(Path.Combine(root, "input"));
        File.WriteAllText(Path.Combine(root, "content", "communes.csv"), CommuneImport.ToContentCsv(imported));
        var departments = imported.Select(c => c.Department).Distinct().Order(StringComparer.Ordinal).ToList();
        File.WriteAllText(Path.Combine(root, "statiq.json"), $$"""
            {
              "titre": "France entière (banc d'essai)",
              "description": "Un site de la taille de la France.",
              "url_de_base": "https://banc.example.org/",
              "departements": [{{string.Join(", ", departments.Select(d => $"\"{d}\""))}}],
              "rayon_proximite_km": 15,
              "langue": "fr-FR",
              "fuseau_horaire": "Europe/Paris"
            }
            """);
        File.WriteAllText(Path.Combine(root, "input", "a-propos.md"), "---\ntitre: À propos\n---\nUn banc d'essai.\n");

        string[] services = ["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien", "Accès internet et matériel informatique"];
        for (var i = 0; i < places; i++)
        {
            var c = communes[random.Next(communes.Count)];
            File.WriteAllText(Path.Combine(root, "content", "lieux", $"lieu-{i:00000}.yml"), $"""
                nom: Lieu numéro {i} à {c.Name.Replace(":", " ", StringComparison.Ordinal)}
                adresse: {random.Next(1, 80)} rue de la Mairie
                code_postal: "{c.Postal}"
                code_insee: "{c.Code}"
                latitude: {(c.Lat + (random.NextDouble() - 0.5) * 0.01).ToString("0.#####", inv)}
                longitude: {(c.Lon + (random.NextDouble() - 0.5) * 0.01).ToString("0.#####", inv)}
                telephone: "02 61 91 {random.Next(10, 99)} {random.Next(10, 99)}"
                horaires: "Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00; PH off"
                date_maj: 2026-10-01
                services: [{services[i % 3]}, {services[(i + 1) % 3]}]
                frais_a_charge: [Gratuit]
                modalites_acces: [Se présenter]
                """);
        }

        var tours = Math.Max(1, stops / 50);
        var day0 = new DateOnly(2026, 11, 2);
        for (var t = 0; t < tours; t++)
        {
            var tour = new StringBuilder($"""
                nom: Bus numéro {t}
                operateur: Opérateur {t}
                places: 12
                inscrits_minimum: 6
                seances_par_defaut: ["09:00-12:00", "14:00-17:00"]
                arrets:

                """);
            var home = communes[random.Next(communes.Count)];
            var near = communes.Where(c => Math.Abs(c.Lat - home.Lat) < 0.5 && Math.Abs(c.Lon - home.Lon) < 0.7).ToList();
            for (var s = 0; s < 50; s++)
            {
                var c = near[random.Next(near.Count)];
                var date = day0.AddDays(s / 5 * 7 + s % 5);
                tour.Append(CultureInfo.InvariantCulture, $"  - {{ date: {date:yyyy-MM-dd}, code_insee: \"{c.Code}\", lieu: Place de la Mairie, statut: confirme, inscription: {{ aupres_de: Mairie, telephone: \"02 61 91 00 00\" }} }}\n");
            }
            File.WriteAllText(Path.Combine(root, "content", "tournees", $"bus-{t:000}.yml"), tour.ToString());
        }

        for (var w = 0; w < workshops; w++)
        {
            var c = communes[random.Next(communes.Count)];
            File.WriteAllText(Path.Combine(root, "content", "ateliers", $"atelier-{w:0000}.md"), $"""
                ---
                titre: Atelier numéro {w}
                organisateur: lieu-{random.Next(places):00000}
                lieu: Salle de la mairie
                code_insee: "{c.Code}"
                niveau: debutant
                places: 8
                chaque_semaine: {"{"} jour: mardi, horaire: "14:00-16:30", du: 2027-01-05, au: 2027-06-29 {"}"}
                frais_a_charge: [Gratuit]
                ---
                Programme de l'atelier {w}.
                """);
        }
        return (communes.Count, places, tours * 50, workshops);
    }
}
