using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Model;

namespace Relais.Generator.Validate;

/// <summary>
/// Stage 2: binds raw content to typed records and checks every value and reference, reporting
/// all problems at once. Returns null when any error was found.
/// </summary>
public static class ValidateContent
{
    /// <param name="requestedToday">--today, or null for the date in the site's time zone.</param>
    public static ValidatedSite? Run(LoadedContent content, DateOnly? requestedToday, DiagnosticBag diagnostics)
    {
        var settings = BindSettings.Run(content.Settings, diagnostics);
        var today = SiteClock.For(requestedToday, settings);
        var communeRowsInError = new HashSet<string>(StringComparer.Ordinal);
        var communes = BindCommunes.Run(content.Communes, diagnostics, communeRowsInError);
        var index = new CommuneIndex(communes, communeRowsInError);

        CheckFileNames(content.Places, diagnostics);
        CheckFileNames(content.Tours, diagnostics);
        CheckFileNames(content.Workshops, diagnostics);
        CheckFileNames(content.Pages, diagnostics, Plan.PageKinds.ReservedSlugs);

        var places = BindPlaces.Run(content.Places, index, today, diagnostics);
        var placeFiles = content.Places.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var tours = BindTours.Run(content.Tours, index, today, diagnostics);
        // References are checked against the records that bound, not against file names.
        var placesBySlug = places.GroupBy(p => p.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var workshops = BindWorkshops.Run(content.Workshops, index, placesBySlug, placeFiles, today, diagnostics);
        var pages = BindPages.Run(content.Pages, diagnostics);
        var redirects = BindRedirects.Run(content.Redirects, diagnostics);

        if (diagnostics.HasErrors || settings is null) return null;
        return new ValidatedSite(settings, today, communes, places, tours, workshops, pages, redirects);
    }

    /// <summary>A file name becomes a URL: it must be a slug, and unique within its folder.</summary>
    private static void CheckFileNames(IReadOnlyList<ContentFile> files, DiagnosticBag diagnostics, IReadOnlyList<string>? reserved = null)
    {
        var seen = new Dictionary<string, ContentFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!Slugs.IsSlug(file.Slug))
            {
                var suggestion = Slugs.From(file.Slug);
                diagnostics.Add(DiagnosticCatalog.InvalidFileName, file.Start, null,
                    $"le nom du fichier « {Path.GetFileName(file.Path)} » sert d'adresse de page : n'utilisez que des minuscules sans accent, des chiffres et des tirets{(suggestion.Length > 0 ? $", par exemple « {suggestion}{Path.GetExtension(file.Path)} »" : "")}.");
                continue;
            }
            if (reserved?.Contains(file.Slug) == true)
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateSlug, file.Start, null,
                    $"« {file.Slug} » est une adresse déjà utilisée par le site (/{file.Slug}/) : renommez le fichier.");
                continue;
            }
            if (seen.TryGetValue(file.Slug, out var first))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateSlug, file.Start, null,
                    $"« {file.Slug} » est déjà l'adresse de {first.Path} : deux fichiers ne peuvent pas avoir le même nom (à l'extension près). Renommez l'un d'eux.");
                continue;
            }
            seen[file.Slug] = file;
        }
    }
}
