using System.Text.RegularExpressions;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// The sample built once with --pdf (Chromium prints every poster and sheet: 20 to 60 s on 2 cores,
/// the dearest build of the run). Not an assembly fixture, so that a run of other tests does not
/// pay for it; its collection starts first (<see cref="StartsFirstAttribute"/>) so that it prints
/// while the other tests run rather than alone at the end. Nothing is built when Chromium is
/// missing; the tests then skip, or fail in CI.
/// </summary>
public sealed class SamplePdfFixture : IAsyncLifetime
{
    public string Output { get; private set; } = "";

    public int ExitCode { get; private set; } = -1;

    public string Stdout { get; private set; } = "";

    public string Stderr { get; private set; } = "";

    public SampleContent Content { get; } = SampleContent.Read(Sample.RepositoryRoot);

    public async ValueTask InitializeAsync()
    {
        if (ExternalTools.Chromium is null) return;
        var folder = Sample.TempFolder("sample-pdf");
        Output = Path.Combine(folder, "output");
        (ExitCode, Stdout, Stderr) = await Sample.BuildAsync(Sample.RepositoryRoot, Output, pdf: true);
    }

    public ValueTask DisposeAsync()
    {
        if (Output.Length > 0) Sample.DeleteQuietly(Path.GetDirectoryName(Output)!);
        return ValueTask.CompletedTask;
    }

    /// <summary>Skips (fails in CI) without Chromium and the named programs; fails if the build did not succeed.</summary>
    public void AssertBuilt(params string[] programs)
    {
        ExternalTools.Require(chromium: true, programs);
        Assert.True(ExitCode == 0, $"The sample site did not build with --pdf (exit code {ExitCode}):\n{Stdout}\n{Stderr}");
    }

    /// <summary>The printable pages of the output: « bus/t/s/affiche/index.html » and the like.</summary>
    public IReadOnlyList<string> PrintablePages() =>
        Sample.HtmlPages(Output).Where(p => Regex.IsMatch(p, "/(affiche|suite)/index\\.html$")).ToList();

    /// <summary>« bus/t/s/affiche/index.html » → « bus/t/s/affiche.pdf »: the PDF beside the page's folder.</summary>
    public static string PdfOf(string printablePage) => printablePage[..^"/index.html".Length] + ".pdf";
}

/// <summary>The tests that read the sample built with --pdf.</summary>
[CollectionDefinition]
[StartsFirst]
public sealed class PrintedSample : ICollectionFixture<SamplePdfFixture>;
