using System.Text.RegularExpressions;
using Relais.Theme.Blocks;

namespace Relais.Generator.Tests.Render;

/// <summary>The scan that puts each time range of a sentence in a nowrap span finds what the regular expression it replaced found.</summary>
public sealed class TimeRangesTests
{
    private static readonly Regex Expression = new("\\d{1,2}\u00a0h(?:\u00a0\\d\\d)?\u00a0–\u00a0\\d{1,2}\u00a0h(?:\u00a0\\d\\d)?", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("du lundi au vendredi, 9\u00a0h\u00a0–\u00a012\u00a0h et 13\u00a0h\u00a030\u00a0–\u00a017\u00a0h")]
    [InlineData("114\u00a0h\u00a0–\u00a02\u00a0h\u00a0305")]
    [InlineData("9\u00a0h\u00a0–\u00a012\u00a0h\u00a0–\u00a014\u00a0h")]
    [InlineData("h\u00a030\u00a0–\u00a02\u00a0h, \u00a0–\u00a0, 9\u00a0h\u00a0–\u00a0x")]
    [InlineData("Tous les mardis, 14\u00a0h\u00a0–\u00a016\u00a0h\u00a030, du 12 janvier au 29 juin 2027 (22\u00a0séances)")]
    public void Finds_the_ranges_the_expression_found(string text) => Assert.Equal(Expected(text), Bits.TimeRanges(text));

    [Fact]
    public void Finds_the_ranges_the_expression_found_in_random_text()
    {
        var random = new Random(13);
        var pieces = new[] { "1", "2", "9", "30", "\u00a0", "h", "–", " ", "x", "\u00a0–\u00a0", "\u00a0h" };
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.True(Expected(text).SequenceEqual(Bits.TimeRanges(text)), text);
        }
    }

    private static List<(int, int)> Expected(string text) => Expression.Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToList();
}
