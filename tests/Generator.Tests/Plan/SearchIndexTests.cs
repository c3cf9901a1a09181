using System.Globalization;
using System.IO.Compression;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Outputs;
using Relais.Model;
using Relais.Model.Values;

namespace Relais.Generator.Tests.Plan;

/// <summary>The commune search index: found where the script looks, and light enough for a phone.</summary>
public sealed class SearchIndexTests
{
    /// <summary>The budget for one query on a phone: the piece it fetches, gzip-compressed as servers send it.</summary>
    private const int PieceBudgetBytes = 60 * 1024;

    [Fact]
    public void Every_commune_of_France_is_in_the_piece_of_its_first_letter_and_no_piece_exceeds_the_budget()
    {
        // Given all the communes of France
        var communes = FranceCommunes();

        // When the index is planned
        var pieces = SearchIndex.Pieces(communes).ToDictionary(f => f.Route, f => f.Text);
        var entries = pieces.ToDictionary(p => p.Key, p => p.Value.Split('\n').Select(l => string.Join('|', l.Split('|').Take(2))).ToHashSet(StringComparer.Ordinal));

        // Then each commune is in the piece the script fetches for its name's first letter and for its postal codes
        foreach (var commune in communes)
        {
            var entry = $"{commune.Code.Value}|{commune.Name}";
            var key = Slugs.From(commune.Name) is { Length: > 0 } s && s[0] is >= 'a' and <= 'z' ? s[..1] : "autres";
            Assert.Contains(entry, entries[$"{Routes.SearchIndex}noms-{key}.txt"]);
            foreach (var postal in commune.PostalCodes) Assert.Contains(entry, entries[$"{Routes.SearchIndex}cp-{postal.Value[..2]}.txt"]);
        }
        // and the heaviest piece a query can fetch stays well under the 300 KB a phone can afford
        var largest = pieces.Max(p => Gzip(p.Value));
        Assert.True(largest < PieceBudgetBytes, $"Largest piece is {largest / 1024} KiB gzipped, over {PieceBudgetBytes / 1024} KiB.");
        TestContext.Current.SendDiagnosticMessage($"{pieces.Count} pieces; largest {largest / 1024.0:0.0} KiB gzipped; whole index {pieces.Sum(p => Gzip(p.Value)) / 1024} KiB gzipped.");
    }

    [Theory]
    [InlineData("Le Grand-Pressigny", new[] { "l", "g" })]
    [InlineData("Évian-les-Bains", new[] { "e" })]
    [InlineData("Saint-Laurent-de-Neste", new[] { "s" })]
    [InlineData("L'Île-Bouchard", new[] { "l", "i" })]
    public void A_name_is_found_under_its_first_letter_and_after_a_leading_article(string name, string[] keys)
    {
        Assert.Equal(keys, SearchIndex.NameKeys(name).ToArray());
    }

    private static int Gzip(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        return (int)memory.Length;
    }

    /// <summary>The reference list of ../shared/data, read with the generator's own CSV reader.</summary>
    private static List<Commune> FranceCommunes()
    {
        var path = Path.Combine(Repository.SharedData, "communes-france.csv");
        if (!File.Exists(path)) Repository.SkipUnlessCi($"The reference list of French communes is needed: {path} is missing.");
        var table = CsvTableReader.Read(File.ReadAllText(path), "communes-france.csv", new DiagnosticBag())!;
        var column = table.Header.Select((h, i) => (h.Value, i)).ToDictionary(x => x.Value, x => x.i);
        return table.Rows
            .Select(r => new Commune(
                new CodeInsee(r[column["code_insee"]].Value), r[column["nom"]].Value,
                r[column["codes_postaux"]].Value.Split('|').Select(p => new CodePostal(p)).ToList(),
                new GeoPoint(0, 0), 0, r[column["dep_code"]].Value, SourceSpan.StartOf(path)))
            .ToList();
    }
}
