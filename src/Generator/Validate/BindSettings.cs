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

        if (title is null || description is null || baseUrl is null || departments.Count == 0 || radius is null || locale is not "fr-FR" || timeZone is null)
            return null;
        // Every site URL is resolved against the base: it must end with a slash.
        var root = baseUrl.Value.Value.AbsoluteUri.EndsWith('/') ? baseUrl.Value.Value : new Uri(baseUrl.Value.Value.AbsoluteUri + "/");
        return new SiteSettings(title, description, root, departments, radius.Value, locale, timeZone, repository?.Value.AbsoluteUri, tiles);
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
