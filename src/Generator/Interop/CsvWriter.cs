using System.Text;

namespace Relais.Generator.Interop;

/// <summary>RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line break; CRLF rows.</summary>
public static class CsvWriter
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var csv = new StringBuilder();
        Row(csv, header);
        foreach (var row in rows) Row(csv, row);
        return csv.ToString();
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) csv.Append(',');
            var cell = cells[i] ?? "";
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0) csv.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else csv.Append(cell);
        }
        csv.Append("\r\n");
    }
}
