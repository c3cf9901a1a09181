using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Relais.Generator.Tests.SampleSite;

/// <summary>The words as a reader sees them: Razor drops whitespace-only text, so sentences can end up glued together.</summary>
public sealed partial class SampleTextTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    // « ou non.2 ateliers », « places.Ordinateurs »: a full stop followed at once by a capital or a digit, and a word.
    [GeneratedRegex(@"[a-zéèêàùç]\.[A-ZÉ0-9][\p{Ll}\s]")]
    private static partial Regex GluedSentence();

    [Fact]
    public void No_page_glues_one_sentence_to_the_next()
    {
        sample.AssertBuilt();
        var glued = Sample.HtmlPages(sample.Output)
            .SelectMany(path => (OutputAssert.Html(sample.Output, path).QuerySelector("main")?.Descendants<IText>() ?? [])
                .SelectMany(text => GluedSentence().Matches(text.Data).Select(m => $"{path}: « …{m.Value}… » in « {text.Data.Trim()} »")))
            .ToList();
        Assert.True(glued.Count == 0, string.Join("\n", glued.Take(20)));
    }
}
