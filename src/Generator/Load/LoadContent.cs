using Relais.Generator.Diagnostics;
using Relais.Model;

namespace Relais.Generator.Load;

/// <summary>Stage 1: reads every content file of a site folder into raw, positioned values.</summary>
public static class LoadContent
{
    public static LoadedContent Run(string root, DiagnosticBag diagnostics)
    {
        return new LoadedContent(
            root,
            Settings(root, diagnostics),
            ReadCsv(root, ContentLayout.Communes, diagnostics),
            ReadFolder(root, ContentLayout.Places, [".yml", ".yaml"], diagnostics),
            ReadFolder(root, ContentLayout.Tours, [".yml", ".yaml"], diagnostics),
            ReadFolder(root, ContentLayout.Workshops, [".md"], diagnostics),
            ReadFolder(root, ContentLayout.Pages, [".md"], diagnostics),
            File.Exists(Path.Combine(root, ContentLayout.Redirects)) ? ReadCsv(root, ContentLayout.Redirects, diagnostics) : null);
    }

    /// <summary>statiq.json alone, for commands that need the site's settings and none of its content.</summary>
    public static ContentFile Settings(string root, DiagnosticBag diagnostics) => ReadYaml(root, ContentLayout.Settings, diagnostics);

    private static IReadOnlyList<ContentFile> ReadFolder(string root, string folder, string[] extensions, DiagnosticBag diagnostics)
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory)) return [];
        var relatives = Directory.EnumerateFiles(directory)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => Relative(root, f))
            .ToList();
        // Files are parsed on every core, each into its own diagnostics, gathered in file order: the
        // result does not depend on which thread read what.
        var read = relatives.AsParallel().AsOrdered().Select(relative =>
        {
            var found = new DiagnosticBag();
            var file = Path.GetExtension(relative).Equals(".md", StringComparison.OrdinalIgnoreCase)
                ? ReadMarkdown(root, relative, found)
                : ReadYaml(root, relative, found);
            return (file, found);
        }).ToList();
        foreach (var (_, found) in read) diagnostics.AddRange(found.Items);
        return read.Select(r => r.file).ToList();
    }

    private static ContentFile ReadYaml(string root, string relative, DiagnosticBag diagnostics)
    {
        var text = ReadText(root, relative, diagnostics);
        if (text is null) return Unreadable(relative);
        var data = YamlTreeReader.Read(text, relative, 0, diagnostics);
        return new ContentFile(relative, SlugOf(relative), data, null);
    }

    private static ContentFile ReadMarkdown(string root, string relative, DiagnosticBag diagnostics)
    {
        var text = ReadText(root, relative, diagnostics);
        if (text is null) return Unreadable(relative);
        var split = FrontMatter.Split(text, out var error);
        if (split is null)
        {
            diagnostics.Add(DiagnosticCatalog.FrontMatter, SourceSpan.StartOf(relative), null, error!);
            return new ContentFile(relative, SlugOf(relative), null, text);
        }
        var data = YamlTreeReader.Read(split.Yaml, relative, split.YamlLineOffset, diagnostics);
        return new ContentFile(relative, SlugOf(relative), data, split.Body);
    }

    /// <summary>A file whose problem is reported: it has no data, but its name is still a known page,
    /// so that references to it (a workshop's organiser) are not reported as well.</summary>
    private static ContentFile Unreadable(string relative) => new(relative, SlugOf(relative), null, null);

    private static RawCsv? ReadCsv(string root, string relative, DiagnosticBag diagnostics)
    {
        var text = ReadText(root, relative, diagnostics);
        return text is null ? null : CsvTableReader.Read(text, relative, diagnostics);
    }

    private static string? ReadText(string root, string relative, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
        {
            diagnostics.Add(DiagnosticCatalog.UnreadableFile, SourceSpan.StartOf(relative), null, "fichier introuvable : il doit exister pour construire le site.");
            return null;
        }
        try
        {
            var text = SourceText.Read(path, out var error);
            if (text is null) diagnostics.Add(DiagnosticCatalog.UnreadableFile, SourceSpan.StartOf(relative), null, error!);
            return text;
        }
        catch (IOException ex)
        {
            diagnostics.Add(DiagnosticCatalog.UnreadableFile, SourceSpan.StartOf(relative), null, $"lecture impossible ({ex.Message}).");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Add(DiagnosticCatalog.UnreadableFile, SourceSpan.StartOf(relative), null, "lecture refusée : vérifiez les droits du fichier.");
            return null;
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string SlugOf(string relative) => Path.GetFileNameWithoutExtension(relative);
}
