using Relais.Generator.Cli;
using Relais.Generator.Tests.SampleSite;

// One build of the sample for the whole run: the classes that read it never write to its output.
[assembly: AssemblyFixture(typeof(SampleSiteFixture))]

namespace Relais.Generator.Tests.SampleSite;

/// <summary>The repository's sample site, and building it the way the command line does.</summary>
public static class Sample
{
    /// <summary>The day the sample is built for: some bus stops are past, most are to come.</summary>
    public const string TodayText = "2026-11-24";

    public static readonly DateOnly Today = new(2026, 11, 24);

    /// <summary>The repository root: the folder holding Relais.slnx, above the test binaries.</summary>
    public static string RepositoryRoot => Repository.Root;

    /// <summary>Runs the build command (« --root ROOT --output OUTPUT --today 2026-11-24 », and « --pdf » if asked); returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> BuildAsync(string root, string output, bool pdf = false)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await BuildCommand.RunAsync(root, output, TodayText, OutputFormat.Text, new BuildOptions(Pdf: pdf), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A fresh temp folder, removed by the caller.</summary>
    public static string TempFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "relais-tests", $"{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Copies the sample's site files (settings, content/, input/) to <paramref name="destination"/>, to change them freely.</summary>
    public static void CopySiteTo(string destination)
    {
        File.Copy(Path.Combine(RepositoryRoot, "statiq.json"), Path.Combine(destination, "statiq.json"));
        foreach (var folder in new[] { "content", "input" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(destination, Path.GetRelativePath(RepositoryRoot, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }

    /// <summary>Every file of an output folder, relative and « / »-separated, in ordinal order.</summary>
    public static IReadOnlyList<string> Files(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The HTML pages but those that only send on to another (<see cref="RedirectPages"/>).</summary>
    public static IReadOnlyList<string> HtmlPages(string output) => Files(output).Where(f => f.EndsWith(".html", StringComparison.Ordinal) && !IsRedirect(output, f)).ToList();

    /// <summary>The pages that send on to another by a meta refresh: short addresses (« v/… »), old addresses of
    /// content/redirections.csv, and addresses the build's day leaves without their page (a past visit's poster).</summary>
    public static IReadOnlyList<string> RedirectPages(string output) => Files(output).Where(f => f.EndsWith(".html", StringComparison.Ordinal) && IsRedirect(output, f)).ToList();

    private static bool IsRedirect(string output, string file) =>
        File.ReadAllText(Path.Combine(output, file)).Contains("<meta http-equiv=\"refresh\"", StringComparison.Ordinal);

    /// <summary>The URL path a page is served at: « lieux/x/index.html » → « /lieux/x/ », « 404.html » → « /404.html ».</summary>
    public static string RouteOf(string relativePath) =>
        relativePath == "index.html" ? "/"
        : relativePath.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + relativePath[..^"index.html".Length]
        : "/" + relativePath;

    /// <summary>The file a site-relative URL leads to, ignoring query and fragment: « /x/?a#b » → « x/index.html ».</summary>
    public static string FileOf(string url)
    {
        var path = url.Split('#', 2)[0].Split('?', 2)[0];
        return path.EndsWith('/') ? path.TrimStart('/') + "index.html" : path.TrimStart('/');
    }

    public static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

/// <summary>
/// The sample site built once for the test assembly, into a temp folder, with --today 2026-11-24.
/// Shared by every class that takes it in its constructor: they only read the output. A test that
/// changes the site or its output works on its own copy (<see cref="TestSite.FromSample"/>).
/// </summary>
public sealed class SampleSiteFixture : IAsyncLifetime
{
    public string Output { get; private set; } = "";

    public int ExitCode { get; private set; }

    public string Stdout { get; private set; } = "";

    public SampleContent Content { get; } = SampleContent.Read(Sample.RepositoryRoot);

    public async ValueTask InitializeAsync()
    {
        var folder = Sample.TempFolder("sample");
        Output = Path.Combine(folder, "output");
        (ExitCode, Stdout, _) = await Sample.BuildAsync(Sample.RepositoryRoot, Output);
    }

    public ValueTask DisposeAsync()
    {
        Sample.DeleteQuietly(Path.GetDirectoryName(Output)!);
        return ValueTask.CompletedTask;
    }

    /// <summary>Fails the calling test with the build's messages if the build did not succeed.</summary>
    public void AssertBuilt() => Assert.True(ExitCode == 0, $"The sample site did not build (exit code {ExitCode}):\n{Stdout}");
}
