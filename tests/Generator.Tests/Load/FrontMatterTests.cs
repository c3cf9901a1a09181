using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.Load;

public sealed class FrontMatterTests
{
    [Fact]
    public void A_closed_block_gives_the_yaml_its_first_line_and_the_body()
    {
        // When
        var split = FrontMatter.Split("---\ntitre: À propos\nordre: 1\n---\n\n## Qui sommes-nous ?\nTexte.\n", out var error);

        // Then
        Assert.Null(error);
        Assert.NotNull(split);
        Assert.Equal("titre: À propos\nordre: 1", split.Yaml);
        Assert.Equal(1, split.YamlLineOffset);
        Assert.Equal("## Qui sommes-nous ?\nTexte.\n", split.Body);
    }

    [Fact]
    public void An_unclosed_block_is_refused_with_the_missing_line_named()
    {
        var split = FrontMatter.Split("---\ntitre: À propos\n\nTexte.\n", out var error);

        Assert.Null(split);
        Assert.Contains("n'est pas fermé", error, StringComparison.Ordinal);
        Assert.Contains("« --- »", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_block_is_refused_with_what_to_write()
    {
        var split = FrontMatter.Split("# À propos\n\nTexte.\n", out var error);

        Assert.Null(split);
        Assert.Contains("doit commencer par un en-tête YAML", error, StringComparison.Ordinal);
    }

    /// <summary>A workshop whose front matter has a value on each of lines 2 to 4 of the file.</summary>
    private const string Workshop = "---\ntitre: Atelier\ncode_insee: \"65444\"\nplaces: 8\n---\n## Au programme\n";

    [Theory]
    [InlineData("lf")]
    [InlineData("crlf")]
    [InlineData("bom")]
    public void Front_matter_positions_are_lines_of_the_markdown_file(string saving)
    {
        // Given
        using var site = TestSite.Create("");
        var text = saving == "crlf" ? Workshop.Replace("\n", "\r\n", StringComparison.Ordinal) : Workshop;
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        site.WriteBytes("content/ateliers/atelier.md", saving == "bom" ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);

        // When
        var diagnostics = new DiagnosticBag();
        var loaded = LoadContent.Run(site.Root, diagnostics);

        // Then
        Assert.Empty(diagnostics.Items);
        var file = Assert.Single(loaded.Workshops);
        Assert.Equal("""
            map 2:1
              key 2:1-2:6 titre
                plain 2:8-2:15 Atelier
              key 3:1-3:11 code_insee
                quoted 3:13-3:20 65444
              key 4:1-4:7 places
                plain 4:9-4:10 8
            """, RawNodeDump.Of(file.Data));
        Assert.StartsWith("## Au programme", file.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_in_front_matter_is_reported_on_the_file_line()
    {
        // Given: the list opened on line 3 of the file is still open at the closing « --- » (line 4)
        using var site = TestSite.Create("""
            -- content/ateliers/atelier.md --
            ---
            titre: Atelier
            services: [Maîtrise des outils numériques du quotidien
            ---
            Texte.

            """);

        // When
        var (_, diagnostics) = site.Validate();

        // Then
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0001", "content/ateliers/atelier.md:4:1", "liste entre crochets", "« ] »");
        Assert.Single(diagnostics, d => d.Span.File == diagnostic.Span.File);
    }

    [Theory]
    [InlineData("---\ntitre: Atelier\n\nTexte sans fin d'en-tête.\n", "n'est pas fermé")]
    [InlineData("\n---\ntitre: Atelier\n---\nTexte.\n", "retirez les lignes vides")]
    [InlineData("Texte sans en-tête.\n", "doit commencer par un en-tête YAML")]
    [InlineData("", "doit commencer par un en-tête YAML")]
    public void A_missing_or_unclosed_front_matter_is_one_error_at_the_top(string text, string words)
    {
        // Given
        using var site = TestSite.Create("");
        site.WriteFile("content/ateliers/atelier.md", text);

        // When
        var (validated, diagnostics) = site.Validate();

        // Then: no « missing field » for a front matter that could not be read
        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0002", "content/ateliers/atelier.md:1:1", words);
        Assert.Single(diagnostics);
    }
}
