using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Relais.Model;

namespace Relais.Benchmarks;

/// <summary>
/// Writes, from the same synthetic content, the Hugo site that stands for ours: one content page per
/// commune, department, place, bus visit and workshop, at our addresses, each with the facts our
/// page shows already decided here and put in its front matter — a commune's visits in or within
/// the radius, its places within the radius (at least the three nearest) with distance, phone and
/// hours, its workshops within the radius; a visit's five nearest places; a department's communes —
/// and a minimal layout (one base template, one template per kind) that prints them. Hugo then only
/// parses, renders and writes, which is the work both generators share. Our posters, after-the-bus
/// sheets, calendars, short addresses, search index, open data and sitemap have no counterpart here
/// but Hugo's own sitemap: the comparison leaves Hugo the lighter site.
/// </summary>
public static class HugoSite
{
    private const double RadiusKm = 15;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(FranceContent site, string root)
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var places = new GeoGrid<SitePlace>(site.Places, p => (p.Lat, p.Lon));
        var workshops = new GeoGrid<SiteWorkshop>(site.Workshops, w => (w.Commune.Lat, w.Commune.Lon));
        var visits = new GeoGrid<SiteStop>(site.Stops, s => (s.Commune.Lat, s.Commune.Lon));
        var placeBySlug = site.Places.ToDictionary(p => p.Slug, StringComparer.Ordinal);

        File.WriteAllText(Path.Combine(Created(root), "hugo.toml"), """
            baseURL = "https://banc.example.org/"
            languageCode = "fr-FR"
            title = "France entière (banc d'essai Hugo)"
            disableKinds = ["taxonomy", "term", "RSS"]
            """);
        WriteLayouts(root);
        Page(root, "_index.md", new { title = "Accueil" }, "Cherchez votre commune.");
        foreach (var section in new[] { "communes", "departements", "lieux", "bus", "ateliers" })
            Page(root, $"{section}/_index.md", new { title = section }, "");
        Page(root, "a-propos.md", new { title = "À propos" }, "Un banc d'essai.");
        Page(root, "accessibilite.md", new { title = "Accessibilité" }, "Déclaration d'accessibilité.");
        foreach (var tour in site.Stops.GroupBy(s => s.Tour))
            Page(root, $"bus/{tour.Key}/_index.md", new { title = tour.First().TourName }, $"{tour.Count()} passages.");

        foreach (var department in site.Communes.GroupBy(c => c.Department))
        {
            Page(root, $"departements/{department.Key}.md", new
            {
                title = $"Département {department.Key}",
                communes = department.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new { name = c.Name, url = CommuneUrl(c) }),
            }, "");
        }

        foreach (var c in site.Communes)
        {
            var nearPlaces = places.Within(c.Lat, c.Lon, RadiusKm);
            if (nearPlaces.Count < 3) nearPlaces = places.Nearest(c.Lat, c.Lon, 3);
            Page(root, $"communes/{CommuneSlug(c)}.md", new
            {
                title = c.Name,
                code = c.Code,
                postal = c.Postal,
                department = c.Department,
                visits = visits.Within(c.Lat, c.Lon, RadiusKm).OrderBy(v => v.Item.Date).Select(v => new
                {
                    date = v.Item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    tour = v.Item.TourName,
                    commune = v.Item.Commune.Name,
                    url = VisitUrl(v.Item),
                    km = Km(v.Km),
                }),
                places = nearPlaces.Select(p => PlaceLine(p.Item, p.Km)),
                workshops = workshops.Within(c.Lat, c.Lon, RadiusKm).Select(w => new { title = w.Item.Title, url = $"/ateliers/{w.Item.Slug}/", km = Km(w.Km) }),
            }, $"Les passages du bus numérique, les lieux et les ateliers près de **{c.Name}**.");
        }

        foreach (var p in site.Places)
        {
            Page(root, $"lieux/{p.Slug}.md", new
            {
                title = p.Name,
                address = p.Address,
                postal = p.Commune.Postal,
                commune = new { name = p.Commune.Name, url = CommuneUrl(p.Commune) },
                phone = p.Phone,
                hours = p.Hours,
                services = p.Services,
            }, "Accueil et aide au numérique, gratuit. Présentez-vous aux heures d'ouverture.");
        }

        foreach (var s in site.Stops)
        {
            Page(root, $"bus/{s.Tour}/{VisitSlug(s)}.md", new
            {
                title = $"{s.TourName} à {s.Commune.Name}",
                day = s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                sessions = new[] { "09:00-12:00", "14:00-17:00" },
                commune = new { name = s.Commune.Name, url = CommuneUrl(s.Commune) },
                registration = new { with_ = "Mairie", phone = "02 61 91 00 00" },
                next = places.Nearest(s.Commune.Lat, s.Commune.Lon, 5).Select(p => PlaceLine(p.Item, p.Km)),
            }, "Deux ateliers de trois heures pour découvrir l'ordinateur et internet, sur inscription.");
        }

        foreach (var w in site.Workshops)
        {
            var organiser = placeBySlug[w.Organiser];
            Page(root, $"ateliers/{w.Slug}.md", new
            {
                title = w.Title,
                commune = new { name = w.Commune.Name, url = CommuneUrl(w.Commune) },
                organiser = new { name = organiser.Name, url = $"/lieux/{organiser.Slug}/", phone = organiser.Phone },
                schedule = "chaque mardi, 14 h – 16 h 30, du 5 janvier au 29 juin 2027",
            }, $"Programme de l'{w.Title.ToLowerInvariant()}.");
        }
    }

    /// <summary>The one content file Hugo must change after our edited place: the same edit, its phone.</summary>
    public static void EditPlace(string root, SitePlace place)
    {
        var path = Path.Combine(root, "content", "lieux", place.Slug + ".md");
        File.WriteAllText(path, File.ReadAllText(path).Replace(place.Phone, "02 61 91 00 01", StringComparison.Ordinal));
    }

    private static object PlaceLine(SitePlace p, double km) => new { name = p.Name, url = $"/lieux/{p.Slug}/", km = Km(km), phone = p.Phone, hours = p.Hours };

    private static string CommuneSlug(SiteCommune c) => $"{Slugs.From(c.Name)}-{c.Code.ToLowerInvariant()}";

    private static string CommuneUrl(SiteCommune c) => $"/communes/{CommuneSlug(c)}/";

    private static string VisitSlug(SiteStop s) => $"{s.Date:yyyy-MM-dd}-{Slugs.From(s.Commune.Name)}";

    private static string VisitUrl(SiteStop s) => $"/bus/{s.Tour}/{VisitSlug(s)}/";

    private static string Km(double km) => km.ToString("0.0", CultureInfo.GetCultureInfo("fr-FR"));

    /// <summary>A content file: JSON front matter (which Hugo reads as such), then the Markdown body.</summary>
    private static void Page(string root, string path, object frontMatter, string body)
    {
        var file = Path.Combine(root, "content", path);
        Created(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, JsonSerializer.Serialize(frontMatter, Json) + "\n\n" + body + "\n", Encoding.UTF8);
    }

    private static string Created(string folder)
    {
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void WriteLayouts(string root)
    {
        void Layout(string path, string text) => File.WriteAllText(Path.Combine(Created(Path.GetDirectoryName(Path.Combine(root, path))!), Path.GetFileName(path)), text);
        Layout("static/site.css", "body { font: 1.125rem/1.5 system-ui, sans-serif; max-width: 50rem; margin: auto; } a:focus { outline: 3px solid; }\n");
        Layout("layouts/_default/baseof.html", """
            <!doctype html>
            <html lang="fr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} · {{ site.Title }}</title><link rel="stylesheet" href="/site.css"><link rel="canonical" href="{{ .Permalink }}"></head>
            <body><header><a href="/">{{ site.Title }}</a> · <a href="/departements/">Départements</a> · <a href="/lieux/">Lieux</a></header>
            <main>{{ block "main" . }}{{ end }}</main>
            <footer><a href="/a-propos/">À propos</a> · <a href="/accessibilite/">Accessibilité</a></footer></body>
            </html>
            """);
        Layout("layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<p>{{ len .RegularPages }} pages.</p>{{ end }}
            """);
        Layout("layouts/_default/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}
            """);
        Layout("layouts/departements/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Params.communes }}<li><a href="{{ .url }}">{{ .name }}</a></li>{{ end }}</ul>{{ end }}
            """);
        Layout("layouts/communes/single.html", """
            {{ define "main" }}<h1>{{ .Title }} <small>{{ .Params.postal }}</small></h1>{{ .Content }}
            <h2>Le bus numérique près d'ici</h2>
            {{ with .Params.visits }}<ul>{{ range . }}<li><a href="{{ .url }}">{{ .date }} : {{ .tour }} à {{ .commune }}</a>, à {{ .km }} km</li>{{ end }}</ul>{{ else }}<p>Aucun passage prévu à moins de 15 km.</p>{{ end }}
            <h2>Lieux d'aide</h2>
            <ul>{{ range .Params.places }}<li><a href="{{ .url }}">{{ .name }}</a>, à {{ .km }} km<br>Téléphone : <a href="tel:{{ .phone }}">{{ .phone }}</a><br>Horaires : {{ .hours }}</li>{{ end }}</ul>
            <h2>Ateliers</h2>
            {{ with .Params.workshops }}<ul>{{ range . }}<li><a href="{{ .url }}">{{ .title }}</a>, à {{ .km }} km</li>{{ end }}</ul>{{ else }}<p>Aucun atelier à moins de 15 km.</p>{{ end }}
            <h2>Et maintenant ?</h2><p>Appelez le lieu le plus proche : on vous aide gratuitement.</p>{{ end }}
            """);
        Layout("layouts/lieux/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <p>{{ .Params.address }}, {{ .Params.postal }} <a href="{{ .Params.commune.url }}">{{ .Params.commune.name }}</a></p>
            <p>Téléphone : <a href="tel:{{ .Params.phone }}">{{ .Params.phone }}</a></p><p>Horaires : {{ .Params.hours }}</p>
            <ul>{{ range .Params.services }}<li>{{ . }}</li>{{ end }}</ul>{{ .Content }}{{ end }}
            """);
        Layout("layouts/bus/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><p>Le {{ .Params.day }} à <a href="{{ .Params.commune.url }}">{{ .Params.commune.name }}</a>,
            séances {{ delimit .Params.sessions " et " }}. Inscription : {{ .Params.registration.with_ }}, {{ .Params.registration.phone }}.</p>{{ .Content }}
            <h2>Après le bus</h2><ul>{{ range .Params.next }}<li><a href="{{ .url }}">{{ .name }}</a>, à {{ .km }} km, {{ .phone }}</li>{{ end }}</ul>{{ end }}
            """);
        Layout("layouts/ateliers/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><p>À <a href="{{ .Params.commune.url }}">{{ .Params.commune.name }}</a>, {{ .Params.schedule }}.</p>
            <p>Organisé par <a href="{{ .Params.organiser.url }}">{{ .Params.organiser.name }}</a> ({{ .Params.organiser.phone }}).</p>{{ .Content }}{{ end }}
            """);
    }
}
