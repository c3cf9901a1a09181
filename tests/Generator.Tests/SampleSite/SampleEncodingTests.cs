namespace Relais.Generator.Tests.SampleSite;

/// <summary>
/// Every page is written by one renderer whose encoder escapes markup only (issue 13): the no-break spaces
/// of « 14 h – 17 h », the apostrophes of French and the « + » of phone links go out as they are, not as the
/// 6-byte « &amp;#xA0; », « &amp;#x27; », « &amp;#x2B; » that System.Text.Encodings.Web writes.
/// </summary>
public sealed class SampleEncodingTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    [Fact]
    public void No_page_writes_a_character_as_a_hexadecimal_reference()
    {
        sample.AssertBuilt();
        var pages = Sample.HtmlPages(sample.Output).Select(p => (Path: p, Html: File.ReadAllText(Path.Combine(sample.Output, p)))).ToList();

        // Given pages whose text has what the library escaped
        Assert.Contains(pages, p => p.Html.Contains('\u00a0', StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Html.Contains("href=\"tel:+33", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.Html.Contains("d'aide", StringComparison.Ordinal));

        // Then none writes « &#x… »
        var referenced = pages.Where(p => p.Html.Contains("&#x", StringComparison.OrdinalIgnoreCase)).Select(p => p.Path).ToList();
        Assert.True(referenced.Count == 0, $"{referenced.Count} pages write hexadecimal character references, e.g. {string.Join(", ", referenced.Take(5))}");
    }
}
