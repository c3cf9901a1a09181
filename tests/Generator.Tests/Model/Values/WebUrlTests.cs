using Relais.Model.Values;

namespace Relais.Generator.Tests.Model.Values;

public sealed class WebUrlTests
{
    [Theory]
    [InlineData("https://exemple.org/", "https://exemple.org/")]
    [InlineData("http://mairie-sorigny.fr", "http://mairie-sorigny.fr/")]
    [InlineData(" https://www.service-public.fr/particuliers ", "https://www.service-public.fr/particuliers")]
    public void An_http_or_https_address_is_accepted(string text, string absolute)
    {
        Assert.True(WebUrl.TryParse(text, out var url, out var error), error);
        Assert.Equal(absolute, url.ToString());
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://exemple.org/")]
    [InlineData("https://localhost/")]
    [InlineData("exemple.org")]
    public void Other_schemes_and_bare_names_are_rejected(string text)
    {
        Assert.False(WebUrl.TryParse(text, out _, out var error));
        Assert.Contains($"« {text} »", error, StringComparison.Ordinal);
        Assert.Contains("« https:// »", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_starting_with_www_gets_the_scheme_suggested()
    {
        Assert.False(WebUrl.TryParse("www.exemple.org", out _, out var error));
        Assert.Contains("« https://www.exemple.org »", error, StringComparison.Ordinal);
    }
}
