namespace Relais.Model.Resolved;

/// <summary>The kinds of help a coordinator counts the distance to (issue 15's « distance bands »).</summary>
public enum HelpSource
{
    /// <summary>A France Services (national programme or typology).</summary>
    FranceServices,

    /// <summary>A public digital space (EPN) or a library.</summary>
    EpnOrLibrary,

    /// <summary>A place with a conseiller numérique (national programme).</summary>
    DigitalAdvisor,

    /// <summary>A workshop with a session in the next three months.</summary>
    Workshop,

    /// <summary>A help bus's permanence (people received one by one) in the next three months.</summary>
    Permanence,
}

/// <summary>How far a commune is from each kind of help, and from the nearest of any kind; null when there is none.</summary>
/// <param name="Band">
/// Its distance band among the site's bands (statiq.json's, in increasing order): 0 within the first,
/// i beyond band i − 1 but within band i, the number of bands beyond the last (or with no help at all).
/// </param>
public sealed record CommuneReach(Commune Commune, IReadOnlyList<double?> KmBySource, double? AnyKm, int Band)
{
    public double? Km(HelpSource source) => KmBySource[(int)source];

    /// <summary>Beyond <paramref name="km"/> of any help (or with none at all).</summary>
    public bool IsBeyond(double km) => AnyKm is not { } any || any > km;
}

/// <summary>The communes beyond one distance band, and how many people live there.</summary>
public sealed record BandCount(double Km, int Communes, long Population);

/// <summary>An area's communes and people, and for each band those beyond it. <paramref name="Department"/> is null for the whole site.</summary>
public sealed record AreaBands(Department? Department, int Communes, long Population, IReadOnlyList<BandCount> Beyond);

/// <summary>
/// A commune the bus could stop in next, with what ranks it: its distance to help of any kind
/// (null: none at all), its people, its last visit (null: none in the content), and its score.
/// </summary>
public sealed record BusCandidate(Commune Commune, double? AnyKm, DateOnly? LastVisit, double Score);

/// <summary>A distance band in words, for the coverage maps' legends, tables and CSV files.</summary>
public static class DistanceBands
{
    /// <summary>« à 10 km ou moins », « de 10 km à 15 km », « à plus de 20 km ou sans aide » (<paramref name="bandsKm"/>: the site's bands).</summary>
    public static string Label(IReadOnlyList<double> bandsKm, int band) =>
        bandsKm.Count == 0 ? "toutes distances"
        : band <= 0 ? $"à {Km(bandsKm[0])} ou moins"
        : band >= bandsKm.Count ? $"à plus de {Km(bandsKm[^1])} ou sans aide"
        : $"de {Km(bandsKm[band - 1])} à {Km(bandsKm[band])}";

    /// <summary>« 10 km », « 16,5 km »: a band's limit as written in statiq.json, not rounded.</summary>
    private static string Km(double km) => $"{km.ToString("0.#", French.Fr.Culture)}{French.Fr.Nbsp}km";
}
