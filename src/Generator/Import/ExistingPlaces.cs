using System.Text.RegularExpressions;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Model;
using Relais.Model.Values;

namespace Relais.Generator.Import;

/// <summary>A file of content/lieux/ as the import sees it: what identifies the place, and its text to edit.</summary>
public sealed record ExistingPlace(
    string Path, string Slug, string Text, RawMap? Map, string? ImportId, string? Name, string? Street, Commune? Commune,
    PhoneNumber? Phone, GeoPoint? Location, DateOnly? UpdatedOn)
{
    public RawEntry? Entry(string key) => Map?.Entries.FirstOrDefault(e => e.Key.Value == key);

    public string? Scalar(string key) => Entry(key)?.Value is RawScalar { IsNull: false } s ? s.Value.Trim() : null;
}

/// <summary>Reads content/lieux/*.yml for matching rows to files; a file YAML cannot read is still known by its name.</summary>
public static partial class ExistingPlaces
{
    /// <summary>The comment the import writes in a file it creates, naming the hub's id of the place.</summary>
    public const string ImportIdComment = "# Importé d'un fichier au standard national (id d'origine « {0} ») : relisez cette fiche et complétez-la.";

    [GeneratedRegex(@"^# Importé d'un fichier au standard national \(id d'origine « (.+?) »\)", RegexOptions.Multiline)]
    private static partial Regex ImportIdPattern();

    public static List<ExistingPlace> Read(string root, CommuneMatcher communes)
    {
        var folder = System.IO.Path.Combine(root, ContentLayout.Places);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateFiles(folder)
            .Where(f => System.IO.Path.GetExtension(f) is ".yml" or ".yaml")
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(f => Read(root, f, communes))
            .ToList();
    }

    private static ExistingPlace Read(string root, string path, CommuneMatcher communes)
    {
        var relative = System.IO.Path.GetRelativePath(root, path).Replace('\\', '/');
        var text = SourceText.Read(path, out _) ?? "";
        var map = YamlTreeReader.Read(text, relative, 0, new DiagnosticBag()) as RawMap;
        var place = new ExistingPlace(relative, System.IO.Path.GetFileNameWithoutExtension(path), text, map,
            ImportIdPattern().Match(text) is { Success: true } m ? m.Groups[1].Value : null, null, null, null, null, null, null);
        var code = place.Scalar("code_insee");
        var commune = code is null ? null : communes.ByCode(code);
        GeoPoint? location = HubCoordinates.TryNumber(place.Scalar("latitude") ?? "", out var lat) && HubCoordinates.TryNumber(place.Scalar("longitude") ?? "", out var lon)
            ? new GeoPoint(lat, lon)
            : commune?.Location;
        return place with
        {
            Name = place.Scalar("nom"),
            Street = place.Scalar("adresse"),
            Commune = commune,
            Phone = PhoneNumber.TryParse(place.Scalar("telephone") ?? "", out var phone, out _) ? phone : null,
            Location = location,
            UpdatedOn = IsoDate.TryParse(place.Scalar("date_maj") ?? "", out var date, out _) ? date : null,
        };
    }
}
