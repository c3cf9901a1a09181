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

    // « 9 h 30 – 12 h »: two times around an en dash, the page's spaces no-break or not.
    [GeneratedRegex(@"\d{1,2}\s?h(\s?\d\d)?\s?–\s?\d{1,2}\s?h")]
    private static partial Regex TimeRange();

    /// <summary>
    /// A line may break after an en dash even before a no-break space: every time range of running
    /// text is kept on one line (span.times, nowrap); table cells keep plain text, as they wrap
    /// inside their column.
    /// </summary>
    [Fact]
    public void No_time_range_of_running_text_can_break_after_its_dash()
    {
        sample.AssertBuilt();
        var loose = Sample.HtmlPages(sample.Output)
            .SelectMany(path => (OutputAssert.Html(sample.Output, path).QuerySelector("main")?.Descendants<IText>() ?? [])
                .Where(text => text.ParentElement is { } parent && parent.Closest(".times, td, script") is null)
                .SelectMany(text => TimeRange().Matches(text.Data).Select(m => $"{path}: « {m.Value} » in « {text.Data.Trim()} »")))
            .ToList();
        Assert.True(loose.Count == 0, $"{loose.Count} time ranges free to break:\n" + string.Join("\n", loose.Take(20)));
    }
}
