using System.Diagnostics;
using System.Text;
using Relais.Generator.BrowserTests.Infrastructure;
using Relais.Generator.Interop;
using Relais.Model;

namespace Relais.Generator.BrowserTests;

/// <summary>
/// The search builds commune URLs in the browser with site.js's <c>slug</c>; the generator writes the
/// pages with <see cref="Slugs.From"/>. Any name where they differ is a commune whose search result
/// leads to a 404, so every commune name of France is compared.
/// </summary>
public sealed class SlugParityTests(ITestOutputHelper output)
{
    /// <summary>Runs site.js in a bare VM context (no DOM) and prints slug(name) for each line of standard input.</summary>
    private const string NodeScript = """
        const fs = require("fs"), vm = require("vm");
        const source = fs.readFileSync(process.argv[2], "utf8");
        const context = vm.createContext({ document: { addEventListener() {} }, window: {}, navigator: {}, location: { href: "http://localhost/" } });
        vm.runInContext(source + "\n;globalThis.__slug = slug;", context);
        const names = fs.readFileSync(0, "utf8").split("\n");
        if (names[names.length - 1] === "") names.pop();
        process.stdout.write(names.map((n) => context.__slug(n)).join("\n") + "\n");
        """;

    [Fact]
    public async Task Site_js_slug_equals_the_generator_slug_for_every_commune_of_France()
    {
        var csv = Path.Combine(Repository.SharedData, "communes-france.csv");
        if (!File.Exists(csv)) Repository.SkipUnlessCi($"The list of French communes is missing ({csv}).");
        // The system's Node.js, else the one Playwright ships beside the test assembly.
        var bundled = Path.Combine(AppContext.BaseDirectory, ".playwright", "node", "linux-x64", "node");
        var node = Repository.FindOnPath("node", "nodejs") ?? (File.Exists(bundled) ? bundled : null);
        if (node is null) Repository.SkipUnlessCi("Node.js is not installed (node is neither on PATH nor beside the test assembly): site.js's slug cannot be run.");

        var names = ReadNames(csv);
        Assert.True(names.Count > 34_000, $"Only {names.Count} names read from {csv}.");

        var script = Path.Combine(Path.GetTempPath(), $"relais-slug-{Guid.NewGuid():N}.js");
        await File.WriteAllTextAsync(script, NodeScript, TestContext.Current.CancellationToken);
        try
        {
            var siteJs = Path.Combine(Repository.Root, "theme", "assets", "site.js");
            var fromJs = await RunNodeAsync(node!, script, siteJs, names);
            Assert.Equal(names.Count, fromJs.Count);

            var differences = names.Select((name, i) => (name, js: fromJs[i], cs: Slugs.From(name)))
                .Where(x => x.js != x.cs)
                .ToList();
            foreach (var (name, js, cs) in differences.Take(50)) output.WriteLine($"« {name} »: site.js « {js} », generator « {cs} »");
            output.WriteLine($"{names.Count} names compared, {differences.Count} different.");
            Assert.True(differences.Count == 0,
                $"{differences.Count} of {names.Count} commune names slug differently in site.js and Slugs.From, e.g. "
                + string.Join("; ", differences.Take(5).Select(d => $"« {d.name} »: « {d.js} » vs « {d.cs} »")));
        }
        finally
        {
            File.Delete(script);
        }
    }

    /// <summary>The names of the national CSV, read as the communes command reads it.</summary>
    private static List<string> ReadNames(string csv) => CommuneImport.Read(csv).Select(c => c.Name).ToList();

    private static async Task<List<string>> RunNodeAsync(string node, string script, string siteJs, IReadOnlyList<string> names)
    {
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(siteJs);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(string.Join("\n", names) + "\n");
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"node failed ({process.ExitCode}): {await stderr}");
        var lines = (await stdout).Split('\n').ToList();
        if (lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}
