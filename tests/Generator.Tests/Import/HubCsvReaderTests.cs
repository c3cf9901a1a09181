using System.Text;
using Relais.Generator.Import;

namespace Relais.Generator.Tests.Import;

/// <summary>Reading a hub's export: encodings, separators, quoted line breaks, odd spaces, line numbers.</summary>
public sealed class HubCsvReaderTests
{
    private const string Header = "id,nom,commune,services";

    private static HubTable Read(string text, Encoding? encoding = null) => HubCsvReader.Read((encoding ?? new UTF8Encoding(false)).GetBytes(text));

    [Fact]
    public void Utf8_without_bom_reads_accents()
    {
        var table = Read($"{Header}\n1,Médiathèque,Chinon,Loisirs\n");
        Assert.Equal(HubEncoding.Utf8, table.Encoding);
        Assert.Equal("Médiathèque", table.Cell(table.Rows[0], "nom"));
    }

    [Fact]
    public void Utf8_with_bom_is_recognised_and_the_bom_is_not_part_of_the_first_column()
    {
        var bytes = new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes($"{Header}\n1,Médiathèque,Chinon,Loisirs\n")).ToArray();
        var table = HubCsvReader.Read(bytes);
        Assert.Equal(HubEncoding.Utf8WithBom, table.Encoding);
        Assert.Equal("id", table.Header[0]);
        Assert.Equal("1", table.Cell(table.Rows[0], "id"));
    }

    [Fact]
    public void Windows_1252_from_a_spreadsheet_keeps_euro_oe_and_apostrophes()
    {
        var table = Read("id;nom;commune;services\n1;L’œuvre de l’EPN – 5 €;Sorigny;Loisirs\n", HubText.Windows1252);
        Assert.Equal(HubEncoding.Windows1252, table.Encoding);
        Assert.Equal("L’œuvre de l’EPN – 5 €", table.Cell(table.Rows[0], "nom"));
    }

    [Theory]
    [InlineData("LÃ©guillon", "Léguillon")]
    [InlineData("lâ€™EPN de Chinon", "l’EPN de Chinon")]
    [InlineData("Ã€ CÃ´tÃ© de lâ€™Ã©glise", "À Côté de l’église")]
    [InlineData("Â«Â\u00A0mairieÂ\u00A0Â»", "«\u00A0mairie\u00A0»")]
    public void Double_encoded_utf8_is_repaired(string broken, string repaired) => Assert.Equal(repaired, Mojibake.Repair(broken));

    [Theory]
    [InlineData("Léguillon")]
    [InlineData("Forêt, Église, Château, œuvre, l’été, « À côté »")]
    [InlineData("Ã seul")]
    [InlineData("prix 5 € — 10 %")]
    public void Correct_text_is_never_touched(string text)
    {
        Assert.False(Mojibake.LooksBroken(text));
        Assert.Same(text, Mojibake.Repair(text));
    }

    [Fact]
    public void Repaired_cells_are_counted_for_the_report()
    {
        var table = Read($"{Header}\n1,Mairie de LÃ©guillon,LÃ©guillon,Loisirs\n2,Mairie,Loches,Loisirs\n");
        Assert.Equal("Mairie de Léguillon", table.Cell(table.Rows[0], "nom"));
        Assert.Equal(2, table.RepairedCells);
    }

    [Theory]
    [InlineData("id;nom;commune\n1;A, B;C\n", ';')]
    [InlineData("id,nom,commune\n1,\"A; B\",C\n", ',')]
    [InlineData("\"id\";\"nom, long\";\"commune\"\n", ';')]
    [InlineData("id\tnom\tcommune\n", '\t')]
    public void The_separator_is_the_one_the_header_uses(string text, char separator) => Assert.Equal(separator, HubCsvReader.DetectSeparator(text));

    [Fact]
    public void Quoted_cells_keep_their_line_breaks_and_rows_keep_the_line_they_start_on()
    {
        var table = Read("id;nom;presentation_detail;services\r\n1;EPN;\"Premier paragraphe.\r\n\r\nSecond ; avec \"\"guillemets\"\".\";Loisirs\r\n2;CCAS;Court;Loisirs\r\n");
        Assert.Equal("Premier paragraphe.\n\nSecond ; avec \"guillemets\".", table.Cell(table.Rows[0], "presentation_detail"));
        Assert.Equal([2, 5], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void Spaces_around_separators_and_non_breaking_spaces_are_plain_spaces_trimmed()
    {
        var table = Read("id ; nom ; telephone ; services\n1 ;  Maison\u00A0France\u202FServices  ; 02\u00A047\u00A000\u00A000\u00A001 ; Loisirs\n");
        Assert.Equal("Maison France Services", table.Cell(table.Rows[0], "nom"));
        Assert.Equal("02 47 00 00 01", table.Cell(table.Rows[0], "telephone"));
    }

    [Fact]
    public void Header_names_are_matched_whatever_their_case_accents_or_spacing()
    {
        var table = Read("ID,Nom,Code INSEE,Code-Postal\n1,A,37132,37600\n");
        Assert.Equal(["id", "nom", "code_insee", "code_postal"], table.Header);
    }

    [Fact]
    public void Blank_lines_are_skipped()
    {
        var table = Read($"{Header}\n\n1,A,B,C\n,,,\n");
        Assert.Single(table.Rows);
    }

    [Theory]
    [InlineData("Aide aux démarches administratives|Loisirs et créations numériques")]
    [InlineData("Aide aux démarches administratives ; Loisirs et créations numériques")]
    [InlineData("aide aux demarches administratives, LOISIRS ET CREATIONS NUMERIQUES")]
    public void Multi_valued_cells_split_on_pipes_or_semicolons_and_match_labels_loosely(string cell)
    {
        var notes = new List<string>();
        var labels = HubLists.Labels(cell, Relais.Model.Vocabularies.Vocabularies.Services, "services", notes);
        Assert.Equal(["Aide aux démarches administratives", "Loisirs et créations numériques"], labels);
        Assert.Empty(notes);
    }

    [Fact]
    public void Unknown_list_values_are_left_out_with_a_note()
    {
        var notes = new List<string>();
        var labels = HubLists.Labels("Gratuit|Selon revenus", Relais.Model.Vocabularies.Vocabularies.Fees, "frais_a_charge", notes);
        Assert.Equal(["Gratuit"], labels);
        Assert.Contains("« Selon revenus »", Assert.Single(notes));
    }
}
