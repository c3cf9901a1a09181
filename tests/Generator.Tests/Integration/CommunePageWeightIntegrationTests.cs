using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace Relais.Generator.Tests.Integration;

/// <summary>
/// What a commune page costs for each further place and bus visit it lists (issue 13, « lean output »): a
/// town has dozens within the radius, and a national site has 35,000 commune pages. Beyond the cards, each
/// is one line: its words and its links' addresses, and hardly any markup around them.
/// </summary>
public sealed class CommunePageWeightIntegrationTests
{
    /// <summary>
    /// The markup a line may add to what it says and where its links lead: « &lt;li&gt;&lt;a href=""&gt;&lt;/a&gt;,
    /// (…), &lt;a href=""&gt;&lt;/a&gt;&lt;/li&gt; » is 44 bytes. A card, or a table row naming its columns for
    /// phones and carrying the opening hours for the script, took 250 to 400.
    /// </summary>
    private const int MarkupPerLine = 64;

    private const string Page = "communes/loches-37132/index.html";

    /// <summary>
    /// Loches and <paramref name="places"/> places due north of its centre, 0.6 km apart (all within the
    /// 15 km radius), each with a phone and opening hours; and <paramref name="visits"/> weekly bus visits to
    /// Loches from 1 December 2026.
    /// </summary>
    private static string Files(int places, int visits)
    {
        var files = new StringBuilder();
        for (var i = 1; i <= places; i++)
        {
            files.Append(CultureInfo.InvariantCulture, $"""
                -- content/lieux/lieu-{i:00}.yml --
                nom: Espace numérique numéro {i}
                adresse: {i} route de Tours
                code_postal: "37600"
                code_insee: "37132"
                latitude: {47.129 + i * 0.6 / 111.2:0.00000}
                longitude: 0.996
                telephone: "02 47 00 00 {i:00}"
                horaires: "Tu-Fr 14:00-18:00; Sa 10:00-12:00"
                date_maj: 2026-10-01
                services: [Maîtrise des outils numériques du quotidien]

                """);
        }
        if (visits > 0)
        {
            files.Append("""
                -- content/tournees/bus.yml --
                nom: Bus de test
                operateur: Solution Vie Pratique
                places: 12
                seances_par_defaut: ["09:00-12:00", "14:00-17:00"]
                arrets:

                """);
            for (var i = 0; i < visits; i++)
            {
                files.Append(CultureInfo.InvariantCulture, $"""
                      - date: {new DateOnly(2026, 12, 1).AddDays(7 * i):yyyy-MM-dd}
                        code_insee: "37132"
                        lieu: Place du Marché
                        inscription: {"{"} aupres_de: Mairie de Loches, telephone: "02 47 59 00 00" {"}"}
                        statut: confirme

                    """);
            }
        }
        return files.ToString();
    }

    /// <returns>The commune page's size in bytes, its source, and the page parsed.</returns>
    private static (long Bytes, string Source, IDocument Page) Build(int places, int visits)
    {
        using var site = TestSite.Create(Files(places, visits));
        var (output, diagnostics) = site.Build();
        Assert.True(output is not null, string.Join("\n", diagnostics.Where(d => d.IsError)));
        var path = Path.Combine(output, Page);
        return (new FileInfo(path).Length, File.ReadAllText(path), OutputAssert.Html(output, Page));
    }

    /// <summary>What a line says and where its links lead, in UTF-8 bytes: what no markup can spare.</summary>
    private static int Said(IElement line) =>
        Encoding.UTF8.GetByteCount(line.TextContent)
        + line.QuerySelectorAll("[href], [datetime]").Sum(e => Encoding.UTF8.GetByteCount(e.GetAttribute("href") ?? e.GetAttribute("datetime")!));

    [Fact]
    public void Each_further_place_costs_one_line_with_its_name_distance_and_phone()
    {
        // Given Loches with 8 places around it, then with 18
        var (few, _, _) = Build(places: 8, visits: 0);
        var (many, _, page) = Build(places: 18, visits: 0);

        // Then past the cards each place is one line, with its page and phone
        var lines = page.QuerySelectorAll("section[aria-labelledby=lieux] ul.compact-list li").ToList();
        Assert.Equal(18 - page.QuerySelectorAll("section[aria-labelledby=lieux] .place-card").Length, lines.Count);
        Assert.All(lines, l => Assert.Single(l.QuerySelectorAll("a[href^='/lieux/']")));
        Assert.All(lines, l => Assert.Single(l.QuerySelectorAll("a[href^='tel:+33']")));
        Assert.Contains("Espace numérique numéro 18, Loches (11 km), 02 47 00 00 18", lines.Select(l => l.Text()));

        // and the ten more places cost the page their words and addresses, and little markup
        var perPlace = (many - few) / 10.0;
        var said = lines.TakeLast(10).Average(Said);
        Assert.True(perPlace - said <= MarkupPerLine, $"Each further place adds {perPlace:0} bytes to the page, {perPlace - said:0} of them markup around its {said:0} bytes of text and addresses.");
    }

    [Fact]
    public void A_line_names_the_commune_unless_the_places_name_already_does()
    {
        // Given Loches' three nearest places, then two named after a commune, each in Loches
        using var site = TestSite.Create(Files(places: 3, visits: 0) + """
            -- content/lieux/mediatheque-loches.yml --
            nom: Médiathèque de Loches, espace numérique
            adresse: 1 rue Quintefol
            code_postal: "37600"
            code_insee: "37132"
            latitude: 47.170
            longitude: 0.996
            date_maj: 2026-10-01
            services: [Maîtrise des outils numériques du quotidien]
            -- content/lieux/epn-beaulieu.yml --
            nom: EPN de Beaulieu-lès-Loches
            adresse: 2 route de Beaulieu
            code_postal: "37600"
            code_insee: "37132"
            latitude: 47.180
            longitude: 0.996
            date_maj: 2026-10-01
            services: [Maîtrise des outils numériques du quotidien]

            """);

        var (output, diagnostics) = site.Build();

        // Then « Loches » is said once for the first, and still said for the second (Beaulieu-lès-Loches is another commune)
        Assert.True(output is not null, string.Join("\n", diagnostics.Where(d => d.IsError)));
        var lines = OutputAssert.Html(output, Page).QuerySelectorAll("section[aria-labelledby=lieux] ul.compact-list li").Select(l => l.Text()).ToList();
        Assert.Equal(["Médiathèque de Loches, espace numérique (5 km)", "EPN de Beaulieu-lès-Loches, Loches (6 km)"], lines);
    }

    [Fact]
    public void Each_further_bus_visit_costs_one_line_with_its_date_and_where()
    {
        // Given one place and 4 weekly bus visits to Loches, then 14
        var (few, _, _) = Build(places: 1, visits: 4);
        var (many, _, page) = Build(places: 1, visits: 14);

        // Then the next visits are cards, the later ones a line each, with its page and date
        var section = page.QuerySelector("section[aria-labelledby=le-bus]")!;
        var lines = section.QuerySelectorAll("ul.compact-list li").ToList();
        Assert.Equal(14, section.QuerySelectorAll(".visit-card").Length + lines.Count);
        Assert.All(lines, l => Assert.Single(l.QuerySelectorAll("a[href^='/bus/'] time[datetime]")));
        Assert.Equal("mardi 2 mars 2027 : Loches (dans votre commune)", lines[^1].Text());

        // and the ten more visits cost the page their words and addresses, and little markup
        var perVisit = (many - few) / 10.0;
        var said = lines.TakeLast(10).Average(Said);
        Assert.True(perVisit - said <= MarkupPerLine, $"Each further visit adds {perVisit:0} bytes to the page, {perVisit - said:0} of them markup around its {said:0} bytes of text and addresses.");
    }

    [Fact]
    public void French_text_and_phone_links_are_written_as_they_are_not_as_character_references()
    {
        var (_, source, page) = Build(places: 8, visits: 4);

        // « 14 h – 18 h », « d'1 km », « tel:+33… » in the page as they read: no « &#xA0; », « &#x27; », « &#x2B; »
        Assert.Contains("\u00a0h\u00a0–\u00a0", source, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:+33247000001\"", source, StringComparison.Ordinal);
        Assert.Contains("Lieux d'aide", source, StringComparison.Ordinal);
        Assert.DoesNotContain("&#", source, StringComparison.Ordinal);
        // while what is markup stays markup
        Assert.Equal(8, page.QuerySelectorAll("a[href^='/lieux/lieu-']").Select(a => a.GetAttribute("href")).Distinct().Count());
    }
}
