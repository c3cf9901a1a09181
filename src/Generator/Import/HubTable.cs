namespace Relais.Generator.Import;

/// <summary>One data row of a hub's CSV: <see cref="Line"/> is the line where it starts, the header being line 1.</summary>
public sealed record HubRow(int Line, IReadOnlyList<string> Cells);

/// <summary>A hub's CSV as read: the header's column names (normalised), its rows, and how it was written.</summary>
public sealed record HubTable(
    IReadOnlyList<string> Header, IReadOnlyList<HubRow> Rows, char Separator, HubEncoding Encoding, int RepairedCells)
{
    /// <summary>The index of each known column of the standard; columns written twice keep the first.</summary>
    public IReadOnlyDictionary<string, int> Columns { get; } = Header
        .Select((name, index) => (name, index))
        .Where(c => c.name.Length > 0)
        .GroupBy(c => c.name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);

    public string Cell(HubRow row, string column) =>
        Columns.TryGetValue(column, out var i) && i < row.Cells.Count ? row.Cells[i] : "";
}
