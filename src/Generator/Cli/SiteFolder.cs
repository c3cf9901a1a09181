using System.Globalization;
using Relais.Generator.Load;

namespace Relais.Generator.Cli;

/// <summary>Finds the site folder and reads --today, the two inputs every command shares.</summary>
public static class SiteFolder
{
    /// <summary>The folder, or null after printing why it is not a site folder.</summary>
    public static string? Resolve(string? root, TextWriter error)
    {
        var folder = Path.GetFullPath(root ?? Directory.GetCurrentDirectory());
        if (!Directory.Exists(folder))
        {
            error.WriteLine($"erreur : le dossier « {folder} » n'existe pas.");
            return null;
        }
        if (!Directory.Exists(Path.Combine(folder, ContentLayout.ContentFolder)) || !File.Exists(Path.Combine(folder, ContentLayout.Settings)))
        {
            error.WriteLine($"erreur : « {folder} » n'est pas un dossier de site (il faut un dossier {ContentLayout.ContentFolder}/ et un fichier {ContentLayout.Settings}). Lancez la commande depuis le dossier du site ou indiquez-le avec --root.");
            return null;
        }
        return folder;
    }

    /// <summary>--today; null without it: the build then takes the date in the site's time zone, once statiq.json is read.</summary>
    public static bool TryParseToday(string? text, out DateOnly? today, TextWriter error)
    {
        today = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            today = date;
            return true;
        }
        error.WriteLine($"erreur : --today « {text} » : écrivez la date au format AAAA-MM-JJ.");
        return false;
    }
}
