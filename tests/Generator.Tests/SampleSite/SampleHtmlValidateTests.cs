namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// Every HTML file of the sample, redirects and print pages included, read by html-validate (npm,
/// installed by this project's build) with its recommended rules (htmlvalidate.json). Two are left
/// out: void-style, a matter of writing <c>&lt;link&gt;</c> or <c>&lt;link/&gt;</c> (both valid HTML;
/// the renderer writes the second), and long-title, a search engine's display limit that a page
/// named after a 45-letter commune and its tour cannot always keep without losing what it is about.
/// </summary>
public sealed class SampleHtmlValidateTests(SampleSiteFixture sample)
{
    private static readonly string Project = Path.Combine(Repository.Root, "tests", "Generator.Tests");

    [Fact]
    public async Task Every_page_passes_html_validate()
    {
        sample.AssertBuilt();
        ExternalTools.RequireNode();
        var (exit, output, error) = await ExternalTools.RunAsync("node",
            Path.Combine(Project, "node_modules", "html-validate", "bin", "html-validate.mjs"),
            "--config", Path.Combine(Project, "htmlvalidate.json"), "--formatter", "text", "--ext", "html", sample.Output);

        Assert.True(exit == 0, $"html-validate found errors (exit {exit}):\n{System.Text.Encoding.UTF8.GetString(output)}{error}");
    }
}
