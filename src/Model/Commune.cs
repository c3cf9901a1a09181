using Relais.Model.Values;

namespace Relais.Model;

/// <summary>A commune the site covers, from content/communes.csv.</summary>
public sealed record Commune(
    CodeInsee Code,
    string Name,
    IReadOnlyList<CodePostal> PostalCodes,
    GeoPoint Location,
    int Population,
    string DepartmentCode,
    SourceSpan Source)
{
    /// <summary>URL segment, « tibiran-jaunac-65442 »: the code keeps homonyms apart.</summary>
    public string Slug => $"{Slugs.From(Name)}-{Code.Value.ToLowerInvariant()}";
}
