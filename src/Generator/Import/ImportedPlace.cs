using Relais.Model;
using Relais.Model.Values;

namespace Relais.Generator.Import;

/// <summary>A remark on one column of a row, for the report.</summary>
public sealed record RowNote(string Column, string Message);

/// <summary>A row made into the fields of a place file, with what identifies it for matching and duplicates.</summary>
public sealed record ImportedPlace(
    int Line, string? Id, string Name, string Street, Commune Commune, GeoPoint? Point, PhoneNumber? Phone, DateOnly UpdatedOn,
    IReadOnlyList<YamlField> Fields, IReadOnlyList<RowNote> Notes)
{
    /// <summary>Where distances are measured from: the position, else the commune centre.</summary>
    public GeoPoint Location => Point ?? Commune.Location;

    public YamlField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}

/// <summary>A row that cannot become a place: the column at fault and why.</summary>
public sealed record RejectedRow(int Line, string Column, string Reason);
