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
public sealed record CommuneReach(Commune Commune, IReadOnlyList<double?> KmBySource, double? AnyKm)
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
