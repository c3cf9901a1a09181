using System.Globalization;
using Relais.Generator.Load;

namespace Relais.Generator.Cli;

/// <summary>Finds the site folder and today's date, the two inputs every command shares.</summary>
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

    public static bool TryParseToday(string? text, out DateOnly today, TextWriter error)
    {
        if (text is null)
        {
            today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today)) return true;
        error.WriteLine($"erreur : --today « {text} » : écrivez la date au format AAAA-MM-JJ.");
        return false;
    }
}
