using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Relais.Generator.Plan;

namespace Relais.Generator.Tests.Plan;

/// <summary>Editors' Markdown cannot carry markup, scripts, dangerous links or third-party images.</summary>
public sealed class EditorMarkdownTests
{
    private static IElement Render(string markdown, int minHeadingLevel = 2)
    {
        var html = EditorMarkdown.ToHtml(markdown, minHeadingLevel).Value;
        return new HtmlParser().ParseDocument($"<!DOCTYPE html><body>{html}</body>").Body!;
    }

    public sealed class RawHtml
    {
        [Fact]
        public void A_script_block_is_shown_as_text()
        {
            var body = Render("<script>alert(\"x\")</script>");

            Assert.Empty(body.QuerySelectorAll("script"));
            Assert.Equal("<script>alert(\"x\")</script>", body.Text());
        }

        [Fact]
        public void Inline_tags_and_their_event_attributes_are_shown_as_text()
        {
            var body = Render("Un <b onmouseover=\"alert(1)\">mot</b> et <img src=x onerror=alert(1)>.");

            Assert.Empty(body.QuerySelectorAll("b, img"));
            Assert.DoesNotContain(body.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.Equal("Un <b onmouseover=\"alert(1)\">mot</b> et <img src=x onerror=alert(1)>.", body.Text());
        }

        [Fact]
        public void An_html_comment_or_iframe_is_shown_as_text()
        {
            var body = Render("<!-- caché -->\n\n<iframe src=\"https://example.org/\"></iframe>");

            Assert.Empty(body.QuerySelectorAll("iframe"));
            Assert.Contains("<!-- caché -->", body.Text());
        }
    }

    public sealed class Links
    {
        [Theory]
        [InlineData("javascript:alert(1)")]
        [InlineData("JavaScript:alert(1)")]
        [InlineData("javascript&#58;alert(1)")]
        [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
        [InlineData("vbscript:msgbox(1)")]
        [InlineData("file:///etc/passwd")]
        [InlineData("//ailleurs.example/page")]
        public void A_link_to_another_scheme_keeps_its_text_and_loses_its_target(string target)
        {
            var body = Render($"Avant [le **texte**]({target}) après.");

            Assert.Empty(body.QuerySelectorAll("a"));
            Assert.Equal("Avant le texte après.", body.Text());
            Assert.Equal("texte", body.QuerySelector("strong")?.TextContent);
        }

        [Fact]
        public void A_reference_link_to_javascript_is_removed_too()
        {
            var body = Render("Voir [ici][1].\n\n[1]: javascript:alert(1)");

            Assert.Empty(body.QuerySelectorAll("a"));
            Assert.Equal("Voir ici.", body.Text());
        }

        [Fact]
        public void An_autolink_to_javascript_is_removed()
        {
            var body = Render("<javascript:alert(1)>");

            Assert.Empty(body.QuerySelectorAll("a"));
        }

        [Theory]
        [InlineData("https://www.service-public.fr/")]
        [InlineData("http://exemple.org/page")]
        [InlineData("mailto:epn@example.org")]
        [InlineData("tel:+33261912001")]
        [InlineData("/lieux/epn-loches/")]
        [InlineData("#horaires")]
        public void A_web_mail_phone_or_site_link_is_kept(string target)
        {
            var body = Render($"[le lien]({target})");

            var link = Assert.Single(body.QuerySelectorAll("a"));
            Assert.Equal(target, link.GetAttribute("href"));
            Assert.Equal("le lien", link.TextContent);
        }

        [Fact]
        public void Bare_web_addresses_and_angle_bracket_addresses_become_links()
        {
            var body = Render("Voir https://www.service-public.fr/ ou <epn@example.org>.");

            Assert.Equal(["https://www.service-public.fr/", "mailto:epn@example.org"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        }
    }

    public sealed class Images
    {
        [Theory]
        [InlineData("https://tracker.example/pixel.png")]
        [InlineData("data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=")]
        [InlineData("/assets/favicon.svg")]
        public void An_image_becomes_its_description(string source)
        {
            var body = Render($"Avant ![une photo du bus]({source}) après.");

            Assert.Empty(body.QuerySelectorAll("img"));
            Assert.Equal("Avant une photo du bus après.", body.Text());
        }

        [Fact]
        public void An_image_inside_a_good_link_leaves_the_link_with_the_description()
        {
            var body = Render("[![le bus](https://example.org/bus.png)](https://example.org/)");

            Assert.Empty(body.QuerySelectorAll("img"));
            var link = Assert.Single(body.QuerySelectorAll("a"));
            Assert.Equal("le bus", link.Text());
        }
    }

    public sealed class Headings
    {
        [Fact]
        public void Headings_start_at_the_level_the_page_leaves_free()
        {
            var body = Render("# Un\n\n## Deux\n\n### Trois", minHeadingLevel: 3);

            Assert.Equal(["H3", "H3", "H3"], body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName));
        }

        [Fact]
        public void Deeper_headings_keep_their_level_and_none_goes_past_six()
        {
            var body = Render("# Un\n\n#### Quatre\n\n###### Six");

            Assert.Equal(["H2", "H4", "H6"], body.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName));
        }
    }

    [Fact]
    public void Empty_markdown_gives_empty_html()
    {
        Assert.True(EditorMarkdown.ToHtml(null).IsEmpty);
        Assert.True(EditorMarkdown.ToHtml("  \n").IsEmpty);
    }
}
