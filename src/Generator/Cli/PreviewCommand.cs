using System.CommandLine;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Preview;
using Relais.Model.French;

namespace Relais.Generator.Cli;

/// <summary>`preview`: build, serve on localhost, rebuild and reload on every change of the content.</summary>
public static class PreviewCommand
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(400);

    public static Command Create()
    {
        var root = CommonOptions.Root();
        var today = CommonOptions.Today();
        var port = FrenchCommandLine.Number("--port", "Port local", 8080, 1, 65535);
        var command = new Command("preview", "Construit le site, l'affiche sur http://127.0.0.1:8080/ et le reconstruit à chaque modification du contenu.") { root, today, port };
        command.SetAction((parse, cancel) => RunAsync(parse.GetValue(root), parse.GetValue(today), parse.GetValue(port), cancel));
        return command;
    }

    private static async Task<int> RunAsync(string? rootOption, string? todayOption, int port, CancellationToken cancel)
    {
        var root = SiteFolder.Resolve(rootOption, Console.Error);
        if (root is null || !SiteFolder.TryParseToday(todayOption, out var today, Console.Error)) return ExitCodes.UsageError;
        var output = Path.Combine(root, ContentLayout.Output);
        // An output left by an earlier build is no preview of content that has errors now.
        if (!await BuildAsync(root, output, today, null))
        {
            Console.Error.WriteLine("erreur : rien à afficher tant que le contenu a des erreurs. Corrigez-les puis relancez la commande.");
            return ExitCodes.ContentErrors;
        }
        await using var server = await PreviewServer.StartAsync(output, port);
        Console.WriteLine($"Aperçu sur http://127.0.0.1:{port}/ — modifiez le contenu, la page se met à jour. Ctrl+C pour arrêter.");

        using var changes = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        void Changed(object? _, FileSystemEventArgs e)
        {
            var relative = Path.GetRelativePath(root, e.FullPath).Replace('\\', '/');
            if (relative == ContentLayout.Settings || relative.StartsWith(ContentLayout.ContentFolder + "/", StringComparison.Ordinal)
                || relative.StartsWith(ContentLayout.Pages + "/", StringComparison.Ordinal))
                changes.Release();
        }
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += (s, e) => Changed(s, e);

        try
        {
            while (true)
            {
                await changes.WaitAsync(cancel);
                // Editors save several files at once: wait until the changes settle.
                while (await changes.WaitAsync(Settle, cancel)) { }
                await BuildAsync(root, output, today, server);
            }
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Ok;
        }
    }

    /// <summary>Builds and tells the open pages; false when the content has errors.</summary>
    private static async Task<bool> BuildAsync(string root, string output, DateOnly? today, PreviewServer? server)
    {
        var diagnostics = new DiagnosticBag();
        var report = await SiteBuild.BuildAsync(root, output, today, diagnostics);
        var sorted = diagnostics.Sorted();
        DiagnosticPrinter.Print(sorted, OutputFormat.Text, root, Console.Out);
        if (report is null)
        {
            Console.WriteLine(DiagnosticPrinter.Summary(sorted));
            if (server is not null) await server.ShowErrorsAsync(string.Join('\n', sorted.Where(d => d.IsError).Select(d => d.ToString())));
            return false;
        }
        // The time taken, not the machine's clock: it tells one rebuild from the last as well, in no zone or culture.
        Console.WriteLine(string.Create(Fr.Culture, $"Site reconstruit en {report.Elapsed.TotalSeconds:0.0} s ({report.Files.Written} fichiers modifiés)."));
        if (server is not null) await server.ReloadAsync();
        return true;
    }
}
