using Relais.Generator.Cli;
using Relais.Generator.Interop;
using Relais.Model;

namespace Relais.Generator.Tests.Cli;

/// <summary>
/// `adresses --avant`: after the edits a pull request makes (a place's file renamed, a stop moved to
/// another day or another commune, a past stop removed), every address the previous build published and
/// the new one lost is named with the page it should lead to; `--corriger` writes those redirects, and the
/// next build leaves no address without a page.
/// </summary>
public sealed class AddressesCommandTests
{
    private const string Tour = "content/tournees/bus-numerique-touraine.yml";

    private const string Bus = "/bus/bus-numerique-touraine/";

    private static readonly DateOnly Today = new(2026, 11, 24);

    [Fact]
    public void Each_address_lost_by_an_edit_is_named_with_its_new_page_and_corriger_then_a_rebuild_leaves_none()
    {
        // Given the sample built, its adresses.json kept as the published one
        using var site = TestSite.FromSample();
        var before = Build(site);

        // When a place's file is renamed, a stop moves to another day, another to another commune, and a past stop is removed
        File.Move(Path.Combine(site.Root, "content/lieux/mediatheque-montbazon.yml"), Path.Combine(site.Root, "content/lieux/bibliotheque-montbazon.yml"));
        site.EditFile(Tour, "  - date: 2027-01-12\n    code_insee: \"37130\"", "  - date: 2027-01-19\n    code_insee: \"37130\"");
        site.EditFile(Tour, "  - date: 2027-03-09\n    code_insee: \"37250\"", "  - date: 2027-03-09\n    code_insee: \"37154\"");
        var tour = site.ReadFile(Tour);
        var removed = tour[tour.IndexOf("  - date: 2026-10-06", StringComparison.Ordinal)..tour.IndexOf("  - date: 2026-10-20", StringComparison.Ordinal)];
        site.EditFile(Tour, removed, "");
        Build(site);
        var (exit, output) = Run(site, before);

        // Then the check fails, naming each lost address and the page to send it to:
        Assert.True(exit == 1, output);
        var expected = new (string From, string To)[]
        {
            // the renamed place's new page (same name, same commune)
            ("/lieux/mediatheque-montbazon/", "/lieux/bibliotheque-montbazon/"),
            // the moved stop's new page, poster and sheet (same tour, same commune), its short address to its new page
            ($"{Bus}2027-01-12-ligueil/", $"{Bus}2027-01-19-ligueil/"),
            ($"{Bus}2027-01-12-ligueil/affiche/", $"{Bus}2027-01-19-ligueil/affiche/"),
            ($"{Bus}2027-01-12-ligueil/suite/", $"{Bus}2027-01-19-ligueil/suite/"),
            (Short($"{Bus}2027-01-12-ligueil/"), $"{Bus}2027-01-19-ligueil/"),
            // the stop moved to Montbazon (same tour, same day)
            ($"{Bus}2027-03-09-sorigny/", $"{Bus}2027-03-09-montbazon/"),
            ($"{Bus}2027-03-09-sorigny/affiche/", $"{Bus}2027-03-09-montbazon/affiche/"),
            ($"{Bus}2027-03-09-sorigny/suite/", $"{Bus}2027-03-09-montbazon/suite/"),
            (Short($"{Bus}2027-03-09-sorigny/"), $"{Bus}2027-03-09-montbazon/"),
            // the removed stop's commune page, for its page and all that named it
            ($"{Bus}2026-10-06-genille/", "/communes/genille-37111/"),
            ($"{Bus}2026-10-06-genille/affiche/", "/communes/genille-37111/"),
            ($"{Bus}2026-10-06-genille/suite/", "/communes/genille-37111/"),
            (Short($"{Bus}2026-10-06-genille/"), "/communes/genille-37111/"),
        };
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        foreach (var (from, to) in expected)
        {
            Assert.Contains(lines, l => l.StartsWith($"adresse disparue : {from} (", StringComparison.Ordinal) && l.Contains($") → {to}, ", StringComparison.Ordinal));
            // with the exact line to add to content/redirections.csv
            Assert.Contains($"{from};{to}", lines);
        }
        Assert.Contains(lines, l => l.StartsWith($"adresse disparue : {Bus}2026-10-06-genille/ (passage du bus) → /communes/genille-37111/, la page de sa commune", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("adresse disparue : /lieux/mediatheque-montbazon/ (lieu) → /lieux/bibliotheque-montbazon/, le même contenu, à sa nouvelle adresse", StringComparison.Ordinal));
        Assert.Contains("Créez content/redirections.csv avec ces lignes (ou relancez avec --corriger), puis reconstruisez le site :", lines);
        Assert.Contains("ancienne_adresse;nouvelle_adresse", lines);
        // and nothing else was lost
        Assert.Equal(expected.Length, lines.Count(l => l.StartsWith("adresse disparue : ", StringComparison.Ordinal)));
        // and the stop moved to another day is told how to stay the same event in calendars (once, not for its poster and sheet)
        Assert.Equal("passage déplacé du 2027-01-12 au 2027-01-19 : s'il n'a pas déjà une « date_initiale », ajoutez « date_initiale: 2027-01-12 » "
            + "à ce passage, pour que les agendas qui l'ont importé le déplacent au lieu de garder l'ancienne date (voir CONTRIBUTING.md).",
            Assert.Single(lines, l => l.StartsWith("passage déplacé", StringComparison.Ordinal)));

        // When the editor runs it with --corriger, then builds again
        (exit, output) = Run(site, before, fix: true);
        Assert.True(exit == 0, output);
        Assert.Contains("13 adresses publiées ont disparu : 13 lignes ajoutées à content/redirections.csv.", output, StringComparison.Ordinal);
        var csv = site.ReadFile("content/redirections.csv").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("ancienne_adresse;nouvelle_adresse", csv[0]);
        Assert.Equal(csv.Skip(1).Order(StringComparer.Ordinal), csv.Skip(1));
        Build(site);

        // Then the check passes
        (exit, output) = Run(site, before);
        Assert.True(exit == 0, output);
        Assert.StartsWith("Aucune adresse disparue", output, StringComparison.Ordinal);

        // and every address published before leads, through at most one refresh, to a page of the site
        foreach (var entry in AddressManifestJson.Read(File.ReadAllText(before)))
        {
            var path = Routes.OutputPath(entry.Address);
            Assert.True(File.Exists(Path.Combine(site.Output, path)), $"{entry.Address} is lost");
            if (OutputAssert.RedirectTarget(site.Output, path) is { } target)
            {
                Assert.True(File.Exists(Path.Combine(site.Output, Routes.OutputPath(target))), $"{entry.Address} leads to {target}, which is lost");
                Assert.Null(OutputAssert.RedirectTarget(site.Output, Routes.OutputPath(target)));
            }
        }
    }

    [Fact]
    public void Corriger_keeps_the_lines_already_there_and_adds_its_own_below_in_address_order()
    {
        // Given a built site with two places, a redirections file kept as the editor wrote it (comment, CRLF)
        using var site = TestSite.Create(Validate.RedirectValidationTests.Content + """
            -- content/lieux/mairie-sorigny.yml --
            nom: Mairie de Sorigny
            adresse: 1 place de l'Église
            code_postal: "37250"
            code_insee: "37250"
            date_maj: 2026-10-01
            services: [Aide aux démarches administratives]

            """);
        const string existing = "ancienne_adresse;nouvelle_adresse\r\n# gardé tel quel\r\n/lieux/ancien/;/lieux/epn-loches/";
        site.WriteFile("content/redirections.csv", existing);
        var before = Build(site);

        // When both place files are renamed, the site rebuilt and the check run with --corriger
        File.Move(Path.Combine(site.Root, "content/lieux/mairie-sorigny.yml"), Path.Combine(site.Root, "content/lieux/mairie-de-sorigny.yml"));
        File.Move(Path.Combine(site.Root, "content/lieux/epn-loches.yml"), Path.Combine(site.Root, "content/lieux/espace-loches.yml"));
        site.EditFile("content/redirections.csv", "/lieux/ancien/;/lieux/epn-loches/", "/lieux/ancien/;/lieux/espace-loches/");
        Build(site);
        var (exit, output) = Run(site, before, fix: true);

        // Then the editor's lines are kept byte for byte, and the new ones follow in address order, with the file's line ends
        Assert.True(exit == 0, output);
        Assert.Equal(existing.Replace("epn-loches/", "espace-loches/", StringComparison.Ordinal)
            + "\r\n/lieux/epn-loches/;/lieux/espace-loches/\r\n/lieux/mairie-sorigny/;/lieux/mairie-de-sorigny/\r\n", site.ReadFile("content/redirections.csv"));

        // and a second run adds nothing: the lines are there, waiting for the next build
        (exit, output) = Run(site, before, fix: true);
        Assert.True(exit == 0, output);
        Assert.Contains("/lieux/epn-loches/ est déjà redirigée dans content/redirections.csv : reconstruisez le site", output, StringComparison.Ordinal);
        Build(site);
        Assert.Equal(0, Run(site, before).Exit);
    }

    [Fact]
    public void Without_a_built_site_or_a_readable_old_manifest_it_is_a_usage_error_in_french()
    {
        using var site = TestSite.Create("");
        var before = Path.Combine(site.Root, "avant.json");

        var (exit, error) = RunWithError(site, before);
        Assert.Equal(2, exit);
        Assert.Contains($"--avant « {before} » : fichier introuvable.", error, StringComparison.Ordinal);

        File.WriteAllText(before, "{\"adresses\": [");
        Build(site);
        (exit, error) = RunWithError(site, before);
        Assert.Equal(2, exit);
        Assert.Contains("ce n'est pas du JSON valide", error, StringComparison.Ordinal);

        Directory.Delete(site.Output, recursive: true);
        File.WriteAllText(before, "{\"adresses\": []}");
        (exit, error) = RunWithError(site, before);
        Assert.Equal(2, exit);
        Assert.Contains("introuvable : construisez d'abord le site (relais build), puis relancez cette commande.", error, StringComparison.Ordinal);
    }

    private static string Short(string visit) => $"/v/{ShortCode.Of(visit)}/";

    /// <summary>Builds the site for <see cref="Today"/>; returns a copy of its adresses.json, as a published site's.</summary>
    private static string Build(TestSite site)
    {
        var (output, diagnostics) = site.Build(Today);
        Assert.True(output is not null, string.Join("\n", diagnostics));
        var copy = Path.Combine(site.Root, $"adresses-{Guid.NewGuid():N}.json");
        File.Copy(Path.Combine(output, "adresses.json"), copy);
        return copy;
    }

    private static (int Exit, string Output) Run(TestSite site, string before, bool fix = false)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = AddressesCommand.Run(site.Root, before, null, fix, output, error);
        Assert.True(error.ToString().Length == 0, error.ToString());
        return (exit, output.ToString());
    }

    private static (int Exit, string Error) RunWithError(TestSite site, string before)
    {
        using var error = new StringWriter();
        var exit = AddressesCommand.Run(site.Root, before, null, fix: false, TextWriter.Null, error);
        return (exit, error.ToString());
    }
}
