using System.Globalization;
using System.Text;

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
        var communes = new List<(string Code, string Name, string Postal, double Lat, double Lon)>();
        var csv = new StringBuilder("code_insee,nom,codes_postaux,latitude,longitude,population,dep_code\n");
        foreach (var line in File.ReadLines(referenceCsv).Skip(1))
        {
            var cells = SplitCsv(line);
            if (cells[3].Length == 0 || cells[4].Length == 0) continue; // three communes have no centre
            var lat = double.Parse(cells[3], inv);
            var lon = double.Parse(cells[4], inv);
            communes.Add((cells[0], cells[1], cells[2].Split('|')[0], lat, lon));
            csv.Append(cells[0]).Append(',').Append(Quote(cells[1])).Append(',').Append(cells[2]).Append(',')
                .Append(cells[3]).Append(',').Append(cells[4]).Append(',').Append(cells[5].Length == 0 ? "0" : cells[5]).Append(',').Append(cells[6]).Append('\n');
        }
        Directory.CreateDirectory(Path.Combine(root, "content", "lieux"));
        Directory.CreateDirectory(Path.Combine(root, "content", "tournees"));
        Directory.CreateDirectory(Path.Combine(root, "content", "ateliers"));
        Directory.CreateDirectory(Path.Combine(root, "input"));
        File.WriteAllText(Path.Combine(root, "content", "communes.csv"), csv.ToString());
        var departments = communes.Select(c => c.Code.StartsWith("97", StringComparison.Ordinal) ? c.Code[..3] : c.Code[..2]).Distinct().Order().ToList();
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

    private static string Quote(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
