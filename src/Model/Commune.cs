using Relais.Model.Values;

namespace Relais.Model;

/// <summary>A commune the site covers, from content/communes.csv.</summary>
/// <param name="PopulationOver60">Its inhabitants aged 60 or more, when communes.csv has the optional column
/// (INSEE's « population de 60 ans ou plus »): the people the bus is for, which then rank the next stops.</param>
public sealed record Commune(
    CodeInsee Code,
    string Name,
    IReadOnlyList<CodePostal> PostalCodes,
    GeoPoint Location,
    int Population,
    string DepartmentCode,
    SourceSpan Source,
    int? PopulationOver60 = null)
{
    /// <summary>URL segment, « tibiran-jaunac-65442 »: the code keeps homonyms apart.</summary>
    public string Slug => $"{Slugs.From(Name)}-{Code.Value.ToLowerInvariant()}";
}
