using System.Text;
using nietras.SeparatedValues;
using Relais.Model;

namespace Relais.Generator.Import;

/// <summary>
/// Reads a hub's export with Sep: the separator is the one of « , ; tab » the header uses most,
/// quoted cells may hold separators, quotes and line breaks, spaces around separators are dropped.
/// Each cell is then cleaned: double-encoded UTF-8 repaired, non-breaking and other odd spaces made
/// ordinary, line ends made « \n ».
/// </summary>
public static class HubCsvReader
{
    public static HubTable Read(byte[] bytes)
    {
        var (text, encoding) = HubText.Decode(bytes);
        var separator = DetectSeparator(text);
        var repaired = 0;
        List<string>? header = null;
        var rows = new List<HubRow>();
        using var reader = Sep.New(separator).Reader(o => o with
        {
            HasHeader = false,
            Unescape = true,
            Trim = SepTrim.All,
            DisableColCountCheck = true,
        }).FromText(text);
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            var empty = true;
            for (var i = 0; i < cells.Length; i++)
            {
                var raw = row[i].ToString();
                var fixedText = Mojibake.Repair(raw);
                if (!ReferenceEquals(fixedText, raw)) repaired++;
                cells[i] = Clean(fixedText);
                if (cells[i].Length > 0) empty = false;
            }
            if (header is null)
            {
                header = cells.Select(ColumnName).ToList();
                continue;
            }
            if (!empty) rows.Add(new HubRow(row.LineNumberFrom, cells));
        }
        return new HubTable(header ?? [], rows, separator, encoding, repaired);
    }

    /// <summary>« Code INSEE », « code-insee », « CODE_INSEE » → « code_insee ».</summary>
    public static string ColumnName(string header)
    {
        var words = Slugs.From(header.TrimStart('\uFEFF'));
        return words.Replace('-', '_');
    }

    /// <summary>The separator the header line uses most, outside quotes; a comma when there is none.</summary>
    public static char DetectSeparator(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c is '\n' or '\r') break;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == '\t') tabs++;
        }
        if (tabs > commas && tabs > semicolons) return '\t';
        return semicolons > commas ? ';' : ',';
    }

    /// <summary>Non-breaking, narrow and other Unicode spaces become plain spaces; runs of spaces one; lines trimmed.</summary>
    public static string Clean(string cell)
    {
        if (cell.Length == 0) return cell;
        var sb = new StringBuilder(cell.Length);
        var pendingSpace = false;
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (c == '\r')
            {
                if (i + 1 < cell.Length && cell[i + 1] == '\n') continue;
                c = '\n';
            }
            if (c == '\n')
            {
                sb.Append('\n');
                pendingSpace = false;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (c == '\uFEFF' || char.IsControl(c)) continue;
            if (pendingSpace && sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        // Trim blank lines and spaces at either end.
        return sb.ToString().Trim();
    }
}
