using Relais.Model;
using Relais.Model.Resolved;
using Relais.Model.Values;

namespace Relais.Generator.Plan;

/// <summary>
/// What the address manifest (adresses.json, <see cref="Outputs.AddressManifest"/>) keeps of a page, so
/// that when its address is gone from a later build the `adresses` command can tell where its content
/// went. <see cref="Keys"/> name the content apart from its address (a visit: its tour and commune, and a
/// one-off visit's tour and date; a place: its commune and name), each starting with the name of the
/// kind of page it is, so that a poster's key never matches a visit page. <see cref="Commune"/> is the
/// commune page to fall back on, <see cref="Department"/> a commune page's department page,
/// <see cref="Target"/> where a page that sends on (a short address, a redirect) sends.
/// </summary>
public sealed record PageIdentity(IReadOnlyList<string> Keys, string? Commune = null, string? Department = null, DateOnly? Date = null, string? Target = null)
{
    public static readonly PageIdentity None = new([]);

    /// <summary>A visit's page, poster, sheet or short address: its tour and commune, and a one-off visit's tour and date (a stop moved to another commune keeps its date).</summary>
    public static PageIdentity OfVisit(string kind, VisitGroup group)
    {
        var tour = group.Tour.Slug;
        var date = group.IsRecurring ? (DateOnly?)null : group.Lead.Stop.Date;
        List<string> keys = [Key(kind, tour, group.Commune.Code.Value)];
        if (date is { } day) keys.Add(Key(kind, tour, IsoDate.Format(day)));
        return new(keys, Routes.Commune(group.Commune), Date: date);
    }

    /// <summary>A commune's page (its department's page to fall back on) or poster (the commune's page): its code, which a corrected name keeps.</summary>
    public static PageIdentity OfCommune(string kind, Commune commune) =>
        kind == "commune"
            ? new([Key(kind, commune.Code.Value)], Department: Routes.Department(Departments.Get(commune.DepartmentCode)))
            : new([Key(kind, commune.Code.Value)], Routes.Commune(commune));

    /// <summary>A page in a commune named by its title (a place, a workshop series): a renamed file keeps both.</summary>
    public static PageIdentity InCommune(string kind, Commune commune, string name) =>
        new([Key(kind, commune.Code.Value, Slugs.From(name))], Routes.Commune(commune));

    /// <summary>A page known by a name (a tour, a hand-written page) or a code (a department, a month).</summary>
    public static PageIdentity Named(string kind, string name) => new([Key(kind, name)]);

    private static string Key(string kind, params string[] parts) => $"{kind}:{string.Join(':', parts)}";
}
