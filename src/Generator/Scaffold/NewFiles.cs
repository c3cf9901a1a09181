using System.Text;
using Relais.Generator.Cli;
using Relais.Generator.Diagnostics;
using Relais.Model;
using Relais.Model.French;

namespace Relais.Generator.Scaffold;

/// <summary>The file a `new` command creates: its name, never over an existing file, then checked by the real validator.</summary>
public static class NewFiles
{
    public const string FileFlag = "--fichier";

    /// <summary>Never asked: the file name comes from the name unless this flag gives another.</summary>
    public static readonly Question FileQuestion = new(FileFlag, "Nom du fichier", "nom du fichier à créer, sans extension (par défaut : tiré du nom)", Value: "NOM");

    /// <summary>A file name becomes a page address: long names are cut at a word.</summary>
    private const int MaxSlugLength = 60;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Slug(string name)
    {
        var slug = Slugs.From(name);
        if (slug.Length <= MaxSlugLength) return slug;
        var cut = slug[..MaxSlugLength].TrimEnd('-');
        return cut.LastIndexOf('-') > MaxSlugLength / 2 ? cut[..cut.LastIndexOf('-')] : cut;
    }

    /// <summary>
    /// The path of the file to create (from --fichier, else from the name), or false after failing the
    /// interview: a file of that name already exists (under any of <paramref name="extensions"/>), or the name gives none.
    /// </summary>
    public static bool Target(Interview interview, ScaffoldSite site, string folder, string[] extensions, string name, out string relative)
    {
        relative = "";
        string slug;
        if (interview.Has(FileFlag))
        {
            if (!interview.Ask(FileQuestion, ReadSlug, out slug)) return false;
        }
        else
        {
            slug = Slug(name);
            if (slug.Length == 0)
            {
                interview.Fail($"« {name} » ne donne pas de nom de fichier (il faut des lettres ou des chiffres) : indiquez-en un avec {FileFlag}.");
                return false;
            }
        }
        foreach (var extension in extensions)
        {
            var existing = $"{folder}/{slug}{extension}";
            if (!File.Exists(site.PathOf(existing))) continue;
            interview.Fail($"{existing} existe déjà : la commande ne remplace jamais un fichier. Modifiez ce fichier, ou choisissez un autre nom avec {FileFlag} (par exemple « {FileFlag} {slug}-2 »).");
            return false;
        }
        relative = $"{folder}/{slug}{extensions[0]}";
        return true;
    }

    private static bool ReadSlug(string text, out string slug, out string error)
    {
        slug = Path.GetFileNameWithoutExtension(text.Trim());
        error = "";
        if (Slugs.IsSlug(slug)) return true;
        var suggestion = Slugs.From(slug);
        error = $"un nom de fichier n'a que des minuscules sans accent, des chiffres et des tirets{(suggestion.Length > 0 ? $", par exemple « {suggestion} »" : "")}.";
        return false;
    }

    /// <summary>Writes a new file; false when one appeared there meanwhile (it is never replaced).</summary>
    public static bool Create(ScaffoldSite site, string relative, string text)
    {
        var path = site.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            var bytes = Utf8.GetBytes(text);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    /// <summary>Writes the new file and checks it; exit code 2, with the file named, when it exists.</summary>
    public static int CreateAndCheck(ScaffoldSite site, string relative, string text, TextWriter output, TextWriter error)
    {
        if (!Create(site, relative, text))
        {
            error.WriteLine($"erreur : {relative} existe déjà : la commande ne remplace jamais un fichier.");
            return ExitCodes.UsageError;
        }
        output.WriteLine($"Fichier créé : {relative}");
        return Check(site, relative, output);
    }

    /// <summary>
    /// Validates the whole site as `validate` does and prints the diagnostics of <paramref name="relative"/>
    /// (those <paramref name="shown"/> keeps); exit code 1 when the file has errors, which are then said with what to do.
    /// </summary>
    public static int Check(ScaffoldSite site, string relative, TextWriter output, Func<Diagnostic, bool>? shown = null)
    {
        var diagnostics = new DiagnosticBag();
        SiteBuild.Validate(site.Root, site.Today, diagnostics);
        var ofFile = diagnostics.Sorted().Where(d => d.Span.File == relative).ToList();
        var printed = ofFile.Where(d => d.IsError || shown is null || shown(d)).ToList();
        DiagnosticPrinter.Print(printed, OutputFormat.Text, site.Root, output, all: true);
        var errors = ofFile.Count(d => d.IsError);
        var hidden = ofFile.Count - printed.Count;
        var warnings = printed.Count - errors;
        var counts = printed.Count == 0 ? "aucun problème" : $"{Fr.Counted(errors, "erreur", "erreurs")}, {Fr.Counted(warnings, "avertissement", "avertissements")}";
        var others = hidden > 0 ? $" (et {Fr.Counted(hidden, "avertissement", "avertissements")} déjà là avant, que « relais validate » affiche)" : "";
        output.WriteLine($"Vérification de {relative} : {counts}{others}.");
        if (errors > 0)
        {
            output.WriteLine($"Le fichier est gardé tel quel pour que vous le complétiez : corrigez {(errors > 1 ? "les erreurs ci-dessus" : "l'erreur ci-dessus")} dans {relative}, puis lancez « relais validate ».");
            return ExitCodes.ContentErrors;
        }
        output.WriteLine("Relisez le fichier, complétez les lignes en commentaire (#) qui vous concernent, puis lancez « relais validate » avant de le proposer.");
        return ExitCodes.Ok;
    }
}
