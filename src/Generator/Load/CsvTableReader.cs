using System.Text;
using Relais.Generator.Diagnostics;
using Relais.Model;

namespace Relais.Generator.Load;

/// <summary>
/// An RFC 4180 reader that records the line and column of every cell, which the CSV packages
/// available (Sep, Sylvan, CsvHelper) do not expose. Accepts « , » or « ; » (spreadsheets save
/// French CSV with « ; »), CRLF, a missing final newline, blank lines and « # » comment lines.
/// </summary>
public static class CsvTableReader
{
    public static RawCsv? Read(string text, string file, DiagnosticBag diagnostics)
    {
        var records = new List<List<RawScalar>>();
        var separator = DetectSeparator(text);
        var i = 0;
        var line = 1;
        var column = 1;
        while (i < text.Length)
        {
            if (column == 1 && (text[i] == '#' || text[i] is '\r' or '\n'))
            {
                while (i < text.Length && text[i] != '\n') i++;
                i++;
                line++;
                continue;
            }
            var record = new List<RawScalar>();
            while (true)
            {
                var startLine = line;
                var startColumn = column;
                var value = new StringBuilder();
                var quoted = i < text.Length && text[i] == '"';
                if (quoted)
                {
                    i++;
                    column++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            diagnostics.Add(DiagnosticCatalog.CsvSyntax, new SourceSpan(file, startLine, startColumn, startLine, startColumn + 1), null,
                                "un guillemet ouvert ici n'est jamais refermé : ajoutez le « \" » final.");
                            return null;
                        }
                        var c = text[i];
                        if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { value.Append('"'); i += 2; column += 2; continue; }
                        if (c == '"') { i++; column++; break; }
                        if (c == '\n') { line++; column = 1; } else { column++; }
                        if (c != '\r') value.Append(c);
                        i++;
                    }
                }
                while (i < text.Length && text[i] != separator && text[i] != '\n')
                {
                    if (text[i] != '\r') value.Append(text[i]);
                    i++;
                    column++;
                }
                var cell = quoted ? value.ToString() : value.ToString().Trim();
                record.Add(new RawScalar(cell, !quoted, new SourceSpan(file, startLine, startColumn, line, column)));
                if (i < text.Length && text[i] == separator) { i++; column++; continue; }
                i++;
                line++;
                column = 1;
                break;
            }
            records.Add(record);
        }
        if (records.Count == 0)
        {
            diagnostics.Add(DiagnosticCatalog.CsvSyntax, SourceSpan.StartOf(file), null, "le fichier est vide : la première ligne doit nommer les colonnes.");
            return null;
        }
        return new RawCsv(file, records[0], records.Skip(1).Cast<IReadOnlyList<RawScalar>>().ToList());
    }

    /// <summary>« ; » when the first line has semicolons and no comma, else « , »: a spreadsheet's French CSV or the standard one.</summary>
    public static char DetectSeparator(string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        return firstLine.Contains(';', StringComparison.Ordinal) && !firstLine.Contains(',', StringComparison.Ordinal) ? ';' : ',';
    }
}
