using System.Text;
using System.Text.RegularExpressions;
using Relais.Generator.Diagnostics;
using Relais.Generator.Tests.SampleSite;
using Relais.Generator.Validate;

namespace Relais.Generator.Tests;

/// <summary>
/// A site written inline as one multi-file string, in the manner of Hugo's txtar integration
/// tests: « -- path -- » starts a file, the lines below are its content. Written to a fresh temp
/// folder, then loaded and validated.
/// </summary>
public sealed partial class TestSite : IDisposable
{
    [GeneratedRegex(@"^-- (.+?) --\r?$", RegexOptions.Multiline)]
    private static partial Regex FileHeader();

    /// <summary>A minimal valid site: settings and three communes. Tests add the files they need.</summary>
    public const string Base = """
        -- statiq.json --
        {
          "titre": "Site de test",
          "description": "Un site pour les tests.",
          "url_de_base": "https://test.example.org/",
          "departements": ["37", "65"],
          "rayon_proximite_km": 15,
          "langue": "fr-FR",
          "fuseau_horaire": "Europe/Paris"
        }
        -- content/communes.csv --
        code_insee,nom,codes_postaux,latitude,longitude,population,dep_code
        37132,Loches,37600,47.129,0.996,6300,37
        37250,Sorigny,37250,47.243,0.695,3000,37
        37154,Montbazon,37250,47.288,0.713,4200,37
        65444,Tibiran-Jaunac,65150,43.050,0.545,300,65
        """;

    public static readonly DateOnly Today = new(2026, 11, 24);

    private TestSite(string root) => Root = root;

    public string Root { get; }

    /// <summary>Writes <see cref="Base"/> then <paramref name="files"/> (a file named in both takes the second).</summary>
    public static TestSite Create(string files, bool withBase = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "relais-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        if (withBase) site.Write(Base);
        site.Write(files);
        return site;
    }

    /// <summary>A copy of the repository's sample site (content/, input/, statiq.json).</summary>
    public static TestSite FromSample()
    {
        var site = Create("", withBase: false);
        Sample.CopySiteTo(site.Root);
        return site;
    }

    public string ReadFile(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in a file of the site.</summary>
    public void EditFile(string relativePath, string old, string replacement) =>
        WriteFile(relativePath, ReadFile(relativePath).Edit(old, replacement));

    /// <summary>Writes each « -- path -- » section; content keeps its bytes (no trailing newline added).</summary>
    public void Write(string files)
    {
        var headers = FileHeader().Matches(files);
        for (var i = 0; i < headers.Count; i++)
        {
            var start = headers[i].Index + headers[i].Length + 1;
            var end = i + 1 < headers.Count ? headers[i + 1].Index : files.Length;
            var content = start <= end ? files[Math.Min(start, files.Length)..end] : "";
            WriteFile(headers[i].Groups[1].Value, content);
        }
    }

    public void WriteFile(string relativePath, string content) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(content));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public (ValidatedSite? Site, IReadOnlyList<Diagnostic> Diagnostics) Validate(DateOnly? today = null)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteBuild.Validate(Root, today ?? Today, diagnostics);
        return (site, diagnostics.Sorted());
    }

    /// <summary>Where <see cref="Build"/> writes the site: output/ in the site folder, as the command line does.</summary>
    public string Output => Path.Combine(Root, "output");

    /// <summary>
    /// Builds the whole site (load to write) into <see cref="Output"/>. The output folder is null
    /// when the build failed, in which case nothing was written.
    /// </summary>
    public (string? Output, IReadOnlyList<Diagnostic> Diagnostics) Build(DateOnly? today = null)
    {
        var diagnostics = new DiagnosticBag();
        // Run on the thread pool: blocking on the build from a test thread must not wait on that thread.
        var report = Task.Run(() => SiteBuild.BuildAsync(Root, Output, today ?? Today, diagnostics)).GetAwaiter().GetResult();
        return (report is null ? null : Output, diagnostics.Sorted());
    }

    /// <summary>Like Hugo's AssertFileContent, on a file of the last build: see <see cref="OutputAssert.File"/>.</summary>
    public string AssertFile(string path, params string[] lines) => OutputAssert.File(Output, path, lines);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
