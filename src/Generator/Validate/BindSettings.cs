using System.Text.RegularExpressions;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Model;
using Relais.Model.Values;
using F = Relais.Generator.Validate.Fields.SettingsFields;

namespace Relais.Generator.Validate;

/// <summary>statiq.json → <see cref="SiteSettings"/>. JSON is YAML, so the same positioned reader serves.</summary>
public static partial class BindSettings
{
    [GeneratedRegex(@"^(\d{2}|2[AB]|97[1-6])$")]
    private static partial Regex DepartmentPattern();

    public static SiteSettings? Run(ContentFile file, DiagnosticBag diagnostics) => LeftOut.BindFile(file, F.All, diagnostics, (_, r) => Bind(r, diagnostics));

    private static SiteSettings? Bind(RecordReader r, DiagnosticBag diagnostics)
    {
        var title = r.Text(F.Titre);
        var description = r.Text(F.Description);
        var baseUrl = r.Parse<WebUrl>(F.UrlDeBase, WebUrl.TryParse, DiagnosticCatalog.InvalidUrl);
        var departments = new List<string>();
        foreach (var scalar in r.Scalars(F.Departements))
        {
            var code = scalar.Value.Trim().ToUpperInvariant();
            if (DepartmentPattern().IsMatch(code) && code != "20") departments.Add(code);
            else
                diagnostics.Add(DiagnosticCatalog.InvalidSetting, scalar.ContentStart, F.Departements.Key,
                    $"« {scalar.Value} » n'est pas un numéro de département : deux chiffres (« 37 »), 2A ou 2B, ou 971 à 976.");
        }
        var radius = r.Number(F.RayonKm);
        var locale = r.Text(F.Langue);
        if (locale is not null and not "fr-FR")
            r.Report(DiagnosticCatalog.InvalidSetting, F.Langue, $"« {locale} » : le site n'existe qu'en français, écrivez « fr-FR ».");
        var timeZone = r.Text(F.FuseauHoraire);
        if (timeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _))
        {
            r.Report(DiagnosticCatalog.InvalidSetting, F.FuseauHoraire,
                $"« {timeZone} » n'est pas un fuseau horaire connu : écrivez « Europe/Paris » (ou, outre-mer, par exemple « Indian/Reunion »).");
            timeZone = null;
        }
        var repository = r.Parse<WebUrl>(F.Depot, WebUrl.TryParse, DiagnosticCatalog.InvalidUrl);
        var tiles = r.Text(F.TuilesCarte) ?? SiteSettings.DefaultMapTiles;
        if (!IsTileTemplate(tiles))
        {
            r.Report(DiagnosticCatalog.InvalidSetting, F.TuilesCarte, $"« {tiles} » : écrivez une adresse https:// contenant {{z}}, {{x}} et {{y}} après le nom du serveur, "
                + $"qui doit être unique (pas de {{s}} : la page de la carte n'autorise qu'un serveur de tuiles), par exemple « {SiteSettings.DefaultMapTiles} ».");
            tiles = SiteSettings.DefaultMapTiles;
        }

        var bands = Bands(r, diagnostics);
        var distanceWeight = r.Number(F.PoidsDistanceBus);
        var populationWeight = r.Number(F.PoidsHabitantsBus);

        if (title is null || description is null || baseUrl is null || departments.Count == 0 || radius is null || locale is not "fr-FR" || timeZone is null)
            return null;
        // Every site URL is resolved against the base: it must end with a slash.
        var root = baseUrl.Value.Value.AbsoluteUri.EndsWith('/') ? baseUrl.Value.Value : new Uri(baseUrl.Value.Value.AbsoluteUri + "/");
        return new SiteSettings(title, description, root, departments, radius.Value, locale, timeZone, repository?.Value.AbsoluteUri, tiles)
        {
            CoverageBandsKm = bands ?? SiteSettings.DefaultCoverageBandsKm,
            NextStopDistanceWeight = distanceWeight ?? 1,
            NextStopPopulationWeight = populationWeight ?? 1,
        };
    }

    /// <summary>« seuils_couverture_km »: one to five distances, ascending, each from 1 to 200 km; null when absent or wrong (the default then).</summary>
    private static List<double>? Bands(RecordReader r, DiagnosticBag diagnostics)
    {
        var scalars = r.Scalars(F.SeuilsCouvertureKm);
        if (scalars.Count == 0) return null;
        var bands = new List<double>();
        foreach (var scalar in scalars)
        {
            var text = scalar.Value.Trim();
            if (!double.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var km) || km < 1 || km > 200)
                diagnostics.Add(DiagnosticCatalog.InvalidSetting, scalar.ContentStart, F.SeuilsCouvertureKm.Key,
                    $"« {text} » n'est pas une distance de 1 à 200 km : écrivez des nombres, avec un point décimal, par exemple [10, 15, 20].");
            else if (bands.Count > 0 && km <= bands[^1])
                diagnostics.Add(DiagnosticCatalog.InvalidSetting, scalar.ContentStart, F.SeuilsCouvertureKm.Key,
                    $"« {text} » : les distances vont en croissant, chacune plus grande que la précédente ({bands[^1].ToString(System.Globalization.CultureInfo.InvariantCulture)} km), par exemple [10, 15, 20].");
            else
            {
                bands.Add(km);
                continue;
            }
            return null;
        }
        if (bands.Count > 5)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidSetting, scalars[5].ContentStart, F.SeuilsCouvertureKm.Key,
                $"{bands.Count} distances : la page de couverture en montre cinq au plus, gardez les plus utiles, par exemple [10, 15, 20].");
            return null;
        }
        return bands;
    }

    /// <summary>An https address with {z}, {x} and {y} in its path and a fixed server: the map page's
    /// Content-Security-Policy allows images from that one origin (<see cref="SiteSettings.MapTilesOrigin"/>).</summary>
    private static bool IsTileTemplate(string tiles)
    {
        const string scheme = "https://";
        var path = tiles.IndexOf('/', Math.Min(scheme.Length, tiles.Length));
        return tiles.StartsWith(scheme, StringComparison.Ordinal) && path > scheme.Length && tiles.IndexOf('{', StringComparison.Ordinal) > path
            && tiles.Contains("{z}", StringComparison.Ordinal) && tiles.Contains("{x}", StringComparison.Ordinal) && tiles.Contains("{y}", StringComparison.Ordinal)
            && Uri.TryCreate(tiles[..path], UriKind.Absolute, out var origin) && origin.AbsolutePath == "/";
    }
}
