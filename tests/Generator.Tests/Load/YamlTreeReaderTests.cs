using System.Text;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.Load;

public sealed class YamlTreeReaderTests
{
    private const string Place = """
        # yaml-language-server: $schema=../../schemas/lieu.schema.json
        nom: EPN de Loches
        typologie: [BIB, EPN]
        code_postal: "37600"
        note: 'l''école'
        services:
          - Accès internet
          - Utilisation sécurisée du numérique
        contact: { telephone: "02 47 12 34 56", courriel: epn@example.org }
        inscription:
          aupres_de: Mairie
          avant: 2027-03-02
        presentation: |
          Ligne un
          Ligne deux
        vide:
        fin: ~

        """;

    private static (RawNode? Node, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, int lineOffset = 0)
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlTreeReader.Read(text, "f.yml", lineOffset, diagnostics);
        return (node, diagnostics.Sorted());
    }

    [Fact]
    public void Every_node_keeps_its_line_and_column()
    {
        // When
        var (node, diagnostics) = Read(Place);

        // Then: columns count characters (« è » is one), a quoted value starts at its quote.
        Assert.Empty(diagnostics);
        Assert.Equal("""
            map 2:1
              key 2:1-2:4 nom
                plain 2:6-2:19 EPN de Loches
              key 3:1-3:10 typologie
                list 3:12
                  plain 3:13-3:16 BIB
                  plain 3:18-3:21 EPN
              key 4:1-4:12 code_postal
                quoted 4:14-4:21 37600
              key 5:1-5:5 note
                quoted 5:7-5:17 l'école
              key 6:1-6:9 services
                list 7:3
                  plain 7:5-7:19 Accès internet
                  plain 8:5-8:39 Utilisation sécurisée du numérique
              key 9:1-9:8 contact
                map 9:10
                  key 9:12-9:21 telephone
                    quoted 9:23-9:39 02 47 12 34 56
                  key 9:41-9:49 courriel
                    plain 9:51-9:66 epn@example.org
              key 10:1-10:12 inscription
                map 11:3
                  key 11:3-11:12 aupres_de
                    plain 11:14-11:20 Mairie
                  key 12:3-12:8 avant
                    plain 12:10-12:20 2027-03-02
              key 13:1-13:13 presentation
                quoted 13:15-16:1 Ligne un\nLigne deux\n
              key 16:1-16:5 vide
                plain 16:6-16:6 
              key 17:1-17:4 fin
                plain 17:6-17:7 ~
            """, RawNodeDump.Of(node));
    }

    [Fact]
    public void Empty_and_null_values_are_told_apart_from_quoted_text()
    {
        var (node, _) = Read("a:\nb: ~\nc: null\nd: \"\"\ne: \"null\"\n");

        var values = ((RawMap)node!).Entries.Select(e => ((RawScalar)e.Value).IsNull);
        Assert.Equal([true, true, true, false, false], values);
    }

    [Fact]
    public void A_front_matter_offset_moves_every_line()
    {
        var (plain, _) = Read(Place);
        var (shifted, _) = Read(Place, lineOffset: 1);

        var expected = RawNodeDump.Of(plain).Split('\n').Select(ShiftLines);
        Assert.Equal(string.Join('\n', expected), RawNodeDump.Of(shifted));

        static string ShiftLines(string row) => System.Text.RegularExpressions.Regex.Replace(row, @"(\d+):(\d+)", m => $"{int.Parse(m.Groups[1].Value) + 1}:{m.Groups[2].Value}");
    }

    /// <summary>How an editor's tool may have saved the same file.</summary>
    public static TheoryData<string> Savings => ["utf8-bom", "crlf", "no-final-newline", "trailing-comments", "all"];

    [Theory]
    [MemberData(nameof(Savings))]
    public void The_way_a_file_is_saved_changes_no_value_and_no_position(string saving)
    {
        // Given the same content saved another way, read from disk as the loader does
        var text = Place;
        if (saving is "trailing-comments" or "all")
        {
            // A comment after a value; not after « | », where it would be text.
            text = text.Replace("nom: EPN de Loches\n", "nom: EPN de Loches   # nom affiché\n", StringComparison.Ordinal)
                .Replace("[BIB, EPN]\n", "[BIB, EPN] # codes\n", StringComparison.Ordinal)
                .Replace("fin: ~\n", "fin: ~\n# fin du fichier\n", StringComparison.Ordinal);
        }
        if (saving is "no-final-newline" or "all") text = text.TrimEnd('\n');
        if (saving is "crlf" or "all") text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);
        if (saving is "utf8-bom" or "all") bytes = [0xEF, 0xBB, 0xBF, .. bytes];
        var path = Path.Combine(Path.GetTempPath(), $"relais-{Guid.NewGuid():N}.yml");
        File.WriteAllBytes(path, bytes);
        string? read;
        try
        {
            read = SourceText.Read(path, out var error);
            Assert.Null(error);
        }
        finally
        {
            File.Delete(path);
        }

        // When
        var (node, diagnostics) = Read(read!);

        // Then
        Assert.Empty(diagnostics);
        Assert.Equal(RawNodeDump.Of(Read(Place).Node), RawNodeDump.Of(node));
    }

    [Fact]
    public void A_key_written_twice_is_reported_on_the_second_line_naming_the_first()
    {
        // When
        var (node, diagnostics) = Read("nom: A\nadresse: B\nnom: C\n");

        // Then: the first value is kept, the second named
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0005", "f.yml:3:1", "« nom »", "ligne 1");
        Assert.Equal("nom", diagnostic.Field);
        var entries = ((RawMap)node!).Entries;
        Assert.Equal(["nom", "adresse"], entries.Select(e => e.Key.Value));
        Assert.Equal("A", ((RawScalar)entries[0].Value).Value);
    }

    [Fact]
    public void A_key_written_twice_in_a_nested_group_is_reported_too()
    {
        var (_, diagnostics) = Read("inscription:\n  telephone: \"02\"\n  aupres_de: Mairie\n  telephone: \"03\"\n");

        DiagnosticAssert.Single(diagnostics, "OFF0005", "f.yml:4:3", "« telephone »", "ligne 2");
    }

    /// <summary>Broken YAML, where the parser stops, and words of the French message.</summary>
    public static TheoryData<string, string, string[]> SyntaxErrors => new()
    {
        { "nom: [a, b\n", "f.yml:2:1", ["liste entre crochets", "« ] »"] },
        // YamlDotNet throws a bare InvalidOperationException here, with no position.
        { "nom: [a, b\nadresse: x\n", "f.yml:1:7", ["« [ »", "« ] »"] },
        { "contact: { telephone: x\n", "f.yml:2:1", ["accolades", "« } »"] },
        { "titre: Atelier : débuter\n", "f.yml:1:16", ["« : »", "guillemets"] },
        { "nom: \"EPN de Loches\nadresse: x\n", "f.yml:1:6", ["guillemet"] },
        { "a: 1\n\tb: 2\n", "f.yml:1:4", ["tabulation", "espaces"] },
        { "services:\n  - a\n - b\n", "f.yml:3:2", ["alignement"] },
        { "nom: @epn\n", "f.yml:1:6", ["guillemets", "« @ »"] },
        { "nom: *epn\n", "f.yml:1:6", ["ancre"] },
        { "nom: \"C:\\dossier\"\n", "f.yml:1:6", ["échappement"] },
        { "nom: a\n---\nnom: b\n", "f.yml:2:1", ["second document"] },
        { "nom: a\n  adresse: b\n", "f.yml:2:10", ["« : »"] },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void A_syntax_error_is_reported_in_French_where_the_parser_stopped(string text, string position, string[] words)
    {
        // When
        var (_, diagnostics) = Read(text);

        // Then
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0001", position, words);
        Assert.DoesNotContain("While ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("did not find", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arrets:\n  - date: 2027-03-09\n    code_insee: \"37250\"\n   lieu: Place de l'Église\n    statut: confirme\n", "f.yml:4:4", "« lieu » est mal aligné", "colonne 4", "« code_insee » (ligne 3)", "colonne 5", "ajoutez 1 espace")]
    [InlineData("nom: Bus\narrets:\n  - date: 2027-03-09\n    presentation: |\n      Texte\n\n      suite\n    code_insee: \"37250\"\n  lieu: Place\n", "f.yml:9:3", "« lieu » est mal aligné", "« code_insee » (ligne 8)", "colonne 5", "ajoutez 2 espaces")]
    [InlineData("contact:\n    telephone: x\n  courriel: y\n", "f.yml:3:3", "« courriel » est mal aligné", "« telephone » (ligne 2)", "colonne 5", "ajoutez 2 espaces")]
    public void A_key_out_of_line_with_its_neighbours_is_named_on_its_own_line(string text, string position, params string[] words)
    {
        // When
        var (_, diagnostics) = Read(text);

        // Then
        var diagnostic = DiagnosticAssert.Single(diagnostics, "OFF0001", position, words);
        Assert.DoesNotContain("les « - » d'une même liste", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_truncation_of_a_valid_file_throws()
    {
        // Every prefix of a valid file: a half-saved file must give diagnostics, never an exception.
        for (var length = 0; length <= Place.Length; length++)
        {
            var (_, diagnostics) = Read(Place[..length]);
            Assert.All(diagnostics, d => Assert.Contains(d.Code, new[] { "OFF0001", "OFF0005" }));
        }
    }
}
