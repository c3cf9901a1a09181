using System.Globalization;
using System.Text;
using Relais.Generator.Interop;

namespace Relais.Benchmarks;

/// <summary>
/// Writes a synthetic site the size of France: every commune of the reference file, places and
/// workshops spread over them with a fixed seed, and bus tours with stops on weekdays. At a scale
/// below 1 it keeps that share of the communes, the first in code order (so whole departments, side
/// by side, but the last), and the same share of places, stops and workshops: the density of
/// offers, hence the work per page, stays that of the whole country.
/// </summary>
public static class FranceSite
{
    public static FranceContent Write(string referenceCsv, string root, int places, int stops, int workshops, double scale = 1)
    {
        var inv = CultureInfo.InvariantCulture;
        var random = new Random(20261124);
        // The official list as the communes command imports it; three communes have no centre and are left out.
        var imported = Subset(CommuneImport.Read(referenceCsv).Where(c => c.Latitude is not null && c.Longitude is not null).ToList(), scale, out var share);
        places = (int)Math.Round(places * share);
        stops = (int)Math.Round(stops * share);
        workshops = (int)Math.Round(workshops * share);
        var communes = imported.Select(c => new SiteCommune(c.Code, c.Name, c.PostalCodes.FirstOrDefault() ?? "", c.Latitude!.Value, c.Longitude!.Value, c.Department)).ToList();
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
        var sitePlaces = new List<SitePlace>(places);
        for (var i = 0; i < places; i++)
        {
            var c = communes[random.Next(communes.Count)];
            var place = new SitePlace(
                Slug: $"lieu-{i:00000}",
                Name: $"Lieu numéro {i} à {c.Name.Replace(":", " ", StringComparison.Ordinal)}",
                Commune: c,
                Address: $"{random.Next(1, 80)} rue de la Mairie",
                Lat: Math.Round(c.Lat + (random.NextDouble() - 0.5) * 0.01, 5),
                Lon: Math.Round(c.Lon + (random.NextDouble() - 0.5) * 0.01, 5),
                Phone: $"02 61 91 {random.Next(10, 99)} {random.Next(10, 99)}",
                Hours: "Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00; PH off",
                Services: [services[i % 3], services[(i + 1) % 3]]);
            sitePlaces.Add(place);
            File.WriteAllText(PlaceFile(root, place), PlaceYaml(place));
        }

        var tours = Math.Max(1, stops / 50);
        var day0 = new DateOnly(2026, 11, 2);
        var siteStops = new List<SiteStop>(tours * 50);
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
                siteStops.Add(new SiteStop($"bus-{t:000}", $"Bus numéro {t}", date, c));
                tour.Append(inv, $"  - {{ date: {date:yyyy-MM-dd}, code_insee: \"{c.Code}\", lieu: Place de la Mairie, statut: confirme, inscription: {{ aupres_de: Mairie, telephone: \"02 61 91 00 00\" }} }}\n");
            }
            File.WriteAllText(Path.Combine(root, "content", "tournees", $"bus-{t:000}.yml"), tour.ToString());
        }

        var siteWorkshops = new List<SiteWorkshop>(workshops);
        for (var w = 0; w < workshops; w++)
        {
            var c = communes[random.Next(communes.Count)];
            var organiser = $"lieu-{random.Next(places):00000}";
            siteWorkshops.Add(new SiteWorkshop($"atelier-{w:0000}", $"Atelier numéro {w}", c, organiser));
            File.WriteAllText(Path.Combine(root, "content", "ateliers", $"atelier-{w:0000}.md"), $"""
                ---
                titre: Atelier numéro {w}
                organisateur: {organiser}
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
        return new FranceContent(communes, sitePlaces, siteStops, siteWorkshops, share);
    }

    public static string PlaceFile(string root, SitePlace place) => Path.Combine(root, "content", "lieux", place.Slug + ".yml");

    /// <summary>A place's file as an editor would write it.</summary>
    public static string PlaceYaml(SitePlace place) => string.Create(CultureInfo.InvariantCulture, $"""
        nom: {place.Name}
        adresse: {place.Address}
        code_postal: "{place.Commune.Postal}"
        code_insee: "{place.Commune.Code}"
        latitude: {place.Lat:0.#####}
        longitude: {place.Lon:0.#####}
        telephone: "{place.Phone}"
        horaires: "{place.Hours}"
        date_maj: 2026-10-01
        services: [{string.Join(", ", place.Services)}]
        frais_a_charge: [Gratuit]
        modalites_acces: [Se présenter]
        """);

    /// <summary>The first <paramref name="scale"/> of the communes in code order (whole departments but the last); the share actually kept.</summary>
    private static List<ImportedCommune> Subset(List<ImportedCommune> all, double scale, out double share)
    {
        var kept = all.OrderBy(c => c.Code, StringComparer.Ordinal).Take(Math.Max(1, (int)Math.Round(scale * all.Count))).ToList();
        share = (double)kept.Count / all.Count;
        return scale >= 1 ? all : kept;
    }
}

/// <summary>What <see cref="FranceSite"/> wrote, for the equivalent Hugo site and the edits of the comparison.</summary>
public sealed record FranceContent(IReadOnlyList<SiteCommune> Communes, IReadOnlyList<SitePlace> Places, IReadOnlyList<SiteStop> Stops, IReadOnlyList<SiteWorkshop> Workshops, double Share);

public sealed record SiteCommune(string Code, string Name, string Postal, double Lat, double Lon, string Department);

public sealed record SitePlace(string Slug, string Name, SiteCommune Commune, string Address, double Lat, double Lon, string Phone, string Hours, string[] Services);

public sealed record SiteStop(string Tour, string TourName, DateOnly Date, SiteCommune Commune);

public sealed record SiteWorkshop(string Slug, string Title, SiteCommune Commune, string Organiser);
