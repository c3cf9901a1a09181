using Relais.Generator.Diagnostics;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.Load;

public sealed class LoadContentTests
{
    [Fact]
    public void A_file_not_in_utf8_is_one_error_at_its_top()
    {
        // Given a place saved in Windows-1252
        using var site = TestSite.Create("");
        site.WriteBytes("content/lieux/mediatheque.yml", [.. "nom: M"u8, 0xE9, .. "diath"u8, 0xE8, .. "que\n"u8]);

        // When
        var (validated, diagnostics) = site.Validate();

        // Then
        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0003", "content/lieux/mediatheque.yml:1:1", "UTF-8");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_place_that_cannot_be_read_is_still_a_known_organiser()
    {
        // Given a workshop organised by a place saved in Windows-1252
        using var site = TestSite.Create("""
            -- content/ateliers/atelier.md --
            ---
            titre: Atelier
            organisateur: mediatheque
            lieu: Salle
            code_insee: "37132"
            niveau: tous
            places: 8
            dates: [{ date: 2027-01-12, horaire: "14:00-16:30" }]
            frais_a_charge: [Gratuit]
            ---

            """);
        site.WriteBytes("content/lieux/mediatheque.yml", [.. "nom: M"u8, 0xE9, .. "diath"u8, 0xE8, .. "que\n"u8]);

        // When
        var (_, diagnostics) = site.Validate();

        // Then: the place is reported, the workshop is not
        DiagnosticAssert.Single(diagnostics, "OFF0003", "content/lieux/mediatheque.yml:1:1", "UTF-8");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void A_missing_commune_list_is_reported()
    {
        // Given a site whose settings exist but communes.csv does not
        using var site = TestSite.Create("""
            -- statiq.json --
            {"titre": "T", "description": "D", "url_de_base": "https://t.example.org/", "departements": ["37"], "rayon_proximite_km": 15, "langue": "fr-FR", "fuseau_horaire": "Europe/Paris"}
            """, withBase: false);

        // When
        var (validated, diagnostics) = site.Validate();

        // Then
        Assert.Null(validated);
        DiagnosticAssert.Single(diagnostics, "OFF0003", "content/communes.csv:1:1", "introuvable");
    }

    [Fact]
    public void Only_the_extensions_of_each_folder_are_read_in_name_order()
    {
        // Given
        using var site = TestSite.Create("""
            -- content/lieux/b.yml --
            nom: B
            -- content/lieux/a.yaml --
            nom: A
            -- content/lieux/notes.txt --
            pas du YAML : [
            -- content/ateliers/c.md --
            ---
            titre: C
            ---
            -- content/ateliers/brouillon.yml --
            titre: D
            -- input/page.md --
            ---
            titre: Page
            ---
            """);

        // When
        var loaded = LoadContent.Run(site.Root, new DiagnosticBag());

        // Then
        Assert.Equal(["content/lieux/a.yaml", "content/lieux/b.yml"], loaded.Places.Select(f => f.Path));
        Assert.Equal(["a", "b"], loaded.Places.Select(f => f.Slug));
        Assert.Equal(["content/ateliers/c.md"], loaded.Workshops.Select(f => f.Path));
        Assert.Equal(["input/page.md"], loaded.Pages.Select(f => f.Path));
        Assert.Empty(loaded.Tours);
    }
}
