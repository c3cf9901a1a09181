using System.Globalization;
using System.IO.Compression;
using Relais.Generator.Cli;
using Relais.Generator.Diagnostics;
using Relais.Generator.Interop;
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
            foreach (var pair in SearchIndex.PairKeys(commune.Name)) Assert.Contains(entry, entries[$"{Routes.SearchIndex}suite-{pair}.txt"]);
        }
        // and the heaviest piece a query can fetch stays well under the 300 KB a phone can afford
        var largest = pieces.Max(p => Gzip(p.Value));
        Assert.True(largest < PieceBudgetBytes, $"Largest piece is {largest / 1024} KiB gzipped, over {PieceBudgetBytes / 1024} KiB.");
        TestContext.Current.SendDiagnosticMessage($"{pieces.Count} pieces; largest {largest / 1024.0:0.0} KiB gzipped; whole index {pieces.Sum(p => Gzip(p.Value)) / 1024} KiB gzipped.");
    }

    /// <summary>The script looks for a typo in the first letter under the second and third letters of its search form.</summary>
    [Theory]
    [InlineData("Sorigny", new[] { "or" })]
    [InlineData("Le Grand-Pressigny", new[] { "ra" })]
    [InlineData("L'Île-Bouchard", new[] { "le" })]
    [InlineData("Sainte-Maure-de-Touraine", new string[0])]
    [InlineData("Y", new string[0])]
    public void A_name_is_also_keyed_by_its_second_and_third_letters(string name, string[] expected) =>
        Assert.Equal(expected, SearchIndex.PairKeys(name));

    [Fact]
    public void The_names_of_all_France_outside_a_one_department_site_are_under_their_letters_and_no_piece_exceeds_the_budget()
    {
        // Given a site of one department, and the names of every other French commune (content/communes-hors-site.csv)
        var outside = FranceCommunes().Select(c => new OutsideCommune(c.Name, c.DepartmentCode)).ToList();

        // When the index of the other communes is planned
        var pieces = SearchIndex.OutsidePieces(outside, ["37"]).ToDictionary(f => f.Route, f => f.Text);

        // Then each name is under its first letter with its department, those of the site left out
        var lines = pieces.ToDictionary(p => p.Key, p => p.Value.Split('\n').ToHashSet(StringComparer.Ordinal));
        foreach (var commune in outside.Where(c => c.Department != "37"))
        {
            var key = Slugs.From(commune.Name) is { Length: > 0 } s && s[0] is >= 'a' and <= 'z' ? s[..1] : "autres";
            Assert.Contains(lines[$"{Routes.SearchIndex}hors-{key}.txt"], l => l.StartsWith(commune.Name + "|", StringComparison.Ordinal) && l.Split('|')[1].Split(' ').Contains(commune.Department));
        }
        Assert.DoesNotContain(lines.Values.SelectMany(l => l), l => l.StartsWith("Loches|", StringComparison.Ordinal));
        // and the heaviest piece stays under the budget of a query
        var largest = pieces.Max(p => Gzip(p.Value));
        Assert.True(largest < PieceBudgetBytes, $"Largest piece is {largest / 1024} KiB gzipped, over {PieceBudgetBytes / 1024} KiB.");
        TestContext.Current.SendDiagnosticMessage($"{pieces.Count} pieces of other communes; largest {largest / 1024.0:0.0} KiB gzipped; all {pieces.Sum(p => Gzip(p.Value)) / 1024} KiB gzipped.");
    }

    [Fact]
    public void A_piece_of_other_communes_names_the_site_departments_then_each_name_once_with_its_departments()
    {
        var pieces = SearchIndex.OutsidePieces(
            [new("Saint-Martin", "32"), new("Saint-Martin", "65"), new("Saint-Martin", "05"), new("Albi", "81"), new("La Salvetat", "81")],
            ["37", "31", "65"]).ToDictionary(f => f.Route, f => f.Text);

        Assert.Equal(27, pieces.Count);
        Assert.Equal("#l'Indre-et-Loire, la Haute-Garonne et les Hautes-Pyrénées\n@05|Hautes-Alpes\n@32|Gers\n@81|Tarn\nLa Salvetat|81\nSaint-Martin|05 32\n", pieces[$"{Routes.SearchIndex}hors-s.txt"]);
        Assert.Equal("#l'Indre-et-Loire, la Haute-Garonne et les Hautes-Pyrénées\n", pieces[$"{Routes.SearchIndex}hors-b.txt"]);
    }

    [Theory]
    [InlineData("37", "l'Indre-et-Loire")]
    [InlineData("31", "la Haute-Garonne")]
    [InlineData("65", "les Hautes-Pyrénées")]
    [InlineData("01", "l'Ain")]
    [InlineData("59", "le Nord")]
    [InlineData("49", "le Maine-et-Loire")]
    [InlineData("71", "la Saône-et-Loire")]
    [InlineData("75", "Paris")]
    public void A_department_is_named_with_its_article(string code, string expected) =>
        Assert.Equal(expected, Departments.Get(code).NameWithArticle);

    [Fact]
    public void The_communes_command_writes_the_other_names_and_the_build_indexes_them()
    {
        // Given a site of 37 and 65 and geo.api.gouv.fr records of 37 and 81
        using var site = TestSite.Create("""
            -- communes.json --
            [
              {"nom":"Loches","code":"37132","codesPostaux":["37600"],"centre":{"type":"Point","coordinates":[0.9958,47.1283]},"population":6300,"codeDepartement":"37"},
              {"nom":"Albi","code":"81004","codesPostaux":["81000"],"centre":{"type":"Point","coordinates":[2.1486,43.9289]},"population":49000,"codeDepartement":"81"}
            ]
            """);

        // When the commune list is imported and the site built
        Assert.Equal(0, CommunesCommand.Run(site.Root, Path.Combine(site.Root, "communes.json"), new StringWriter(), new StringWriter()));
        Assert.Equal("nom,dep_code\nAlbi,81\n", site.ReadFile(OutsideCommunes.File));
        var (output, diagnostics) = site.Build();

        // Then the search knows Albi is a commune outside the site, and Loches one of its own
        DiagnosticAssert.NoErrors(diagnostics);
        Assert.NotNull(output);
        site.AssertFile("donnees/recherche/hors-a.txt", "@81|Tarn", "Albi|81");
        site.AssertFile("donnees/recherche/hors-l.txt", "! Loches");
        site.AssertFile("donnees/recherche/noms-l.txt", "37132|Loches|37600");
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
