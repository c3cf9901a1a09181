using Relais.Generator.Cli;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Validate;
using Relais.Model;

namespace Relais.Generator.Scaffold;

/// <summary>What `new` needs of the site before asking anything: its folder, « today » and its communes.</summary>
public sealed record ScaffoldSite(string Root, DateOnly Today, IReadOnlyList<Commune> Communes)
{
    public CommuneLookup Lookup { get; } = new(Communes);

    /// <summary>Null after printing why (not a site folder, bad --today: exit 2; statiq.json or communes.csv in error: exit 1).</summary>
    public static ScaffoldSite? Open(string? rootOption, string? todayOption, TextWriter output, TextWriter error, out int exitCode)
    {
        exitCode = ExitCodes.UsageError;
        var root = SiteFolder.Resolve(rootOption, error);
        if (root is null || !SiteFolder.TryParseToday(todayOption, out var requestedToday, error)) return null;
        var diagnostics = new DiagnosticBag();
        var settings = BindSettings.Run(LoadContent.Settings(root, diagnostics), diagnostics);
        var communesPath = System.IO.Path.Combine(root, ContentLayout.Communes);
        string? communesError = "fichier introuvable : il faut la liste des communes du site.";
        var communesText = File.Exists(communesPath) ? SourceText.Read(communesPath, out communesError) : null;
        if (communesText is null) diagnostics.Add(DiagnosticCatalog.UnreadableFile, SourceSpan.StartOf(ContentLayout.Communes), null, communesError!);
        var communes = BindCommunes.Run(communesText is null ? null : CsvTableReader.Read(communesText, ContentLayout.Communes, diagnostics), diagnostics, new HashSet<string>(StringComparer.Ordinal));
        if (settings is null || diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), OutputFormat.Text, root, output);
            error.WriteLine($"erreur : corrigez d'abord {ContentLayout.Settings} et {ContentLayout.Communes} : la commande y lit la date du jour et les communes du site.");
            exitCode = ExitCodes.ContentErrors;
            return null;
        }
        return new ScaffoldSite(root, requestedToday ?? SiteClock.Today(settings.TimeZone), communes);
    }

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative);
}
