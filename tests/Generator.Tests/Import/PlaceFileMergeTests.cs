using Relais.Generator.Diagnostics;
using Relais.Generator.Import;
using Relais.Generator.Load;

namespace Relais.Generator.Tests.Import;

/// <summary>Updating a place file line by line.</summary>
public sealed class PlaceFileMergeTests
{
    private static (string Text, IReadOnlyList<FieldEdit> Edits) Merge(string text, params YamlField[] fields) =>
        PlaceFileMerge.Merge(text, (RawMap)YamlTreeReader.Read(text, "content/lieux/x.yml", 0, new DiagnosticBag())!, fields);

    [Fact]
    public void Equal_values_are_left_as_written_even_in_another_form()
    {
        const string text = "nom: EPN\ntelephone: 02.61.91.00.01\nlatitude: 47.10\ntypologie:\n  - BIB\n  - EPN\n";
        var (merged, edits) = Merge(text,
            YamlField.Scalar("nom", YamlKind.Text, "EPN"), YamlField.Scalar("telephone", YamlKind.Phone, "02 61 91 00 01"),
            YamlField.Number("latitude", 47.1), YamlField.List("typologie", ["EPN", "BIB"]));
        Assert.Same(text, merged is var m && m == text ? text : m);
        Assert.Empty(edits);
    }

    [Fact]
    public void A_missing_field_goes_at_its_place_in_the_field_order_and_comments_stay()
    {
        const string text = "# tête\nnom: EPN\n# au sujet de l'adresse\nadresse: 1 rue X\r\n";
        var (merged, edits) = Merge(text.Replace("\r\n", "\n", StringComparison.Ordinal), YamlField.Scalar("typologie", YamlKind.Text, "x") with { Items = ["EPN"] }, YamlField.Scalar("date_maj", YamlKind.Date, "2026-01-01"));
        Assert.Equal("# tête\nnom: EPN\ntypologie: [EPN]\n# au sujet de l'adresse\nadresse: 1 rue X\ndate_maj: 2026-01-01\n", merged);
        Assert.All(edits, e => Assert.Equal(FieldChange.Added, e.Change));
    }

    [Fact]
    public void A_block_value_is_replaced_whole_and_windows_line_ends_are_kept()
    {
        const string text = "nom: EPN\r\nservices:\r\n  - Loisirs et créations numériques\r\n\r\n# fin\r\n";
        var (merged, edits) = Merge(text, YamlField.List("services", ["Aide aux démarches administratives"]));
        Assert.Equal("nom: EPN\r\nservices: [Aide aux démarches administratives]\r\n\r\n# fin\r\n", merged);
        Assert.Equal(FieldChange.Replaced, Assert.Single(edits).Change);
    }

    [Fact]
    public void An_editors_presentation_is_kept_and_said()
    {
        const string text = "nom: EPN\npresentation_detail: |\n  Mon texte.\n";
        var (merged, edits) = Merge(text, YamlField.Scalar("presentation_detail", YamlKind.Text, "Le texte du hub"));
        Assert.Equal(text, merged);
        var edit = Assert.Single(edits);
        Assert.Equal((FieldChange.Kept, "Mon texte."), (edit.Change, edit.Old));
    }

    [Fact]
    public void Osm_hours_from_the_hub_replace_text_hours_an_editor_did_not_convert()
    {
        const string text = "nom: EPN\nhoraires_texte: le mardi\ndate_maj: 2026-01-01\n";
        var (merged, _) = Merge(text, YamlField.Scalar("horaires", YamlKind.Quoted, "Tu 14:00-17:00"));
        Assert.Equal("nom: EPN\nhoraires: \"Tu 14:00-17:00\"\ndate_maj: 2026-01-01\n", merged);
    }

    [Theory]
    [InlineData("Espace public", true)]
    [InlineData("yes", false)]
    [InlineData("12", false)]
    [InlineData("- tiret", false)]
    [InlineData("a: b", false)]
    [InlineData("note#1", true)]
    [InlineData("note # 1", false)]
    [InlineData("« Mon Espace Santé »", true)]
    public void Plain_text_only_where_yaml_reads_it_back_as_the_same_string(string text, bool plain) =>
        Assert.Equal(plain, YamlField.IsPlainSafe(text, flow: false));
}
