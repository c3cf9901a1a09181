namespace Relais.Model.Vocabularies;

/// <summary>What happens at a bus stop.</summary>
public enum StopFormat
{
    /// <summary>Group workshops with a number of seats, on registration.</summary>
    Workshop,

    /// <summary>Individual help, one person at a time, without seats.</summary>
    Permanence,
}

/// <summary>How a permanence receives people.</summary>
public enum Reception
{
    /// <summary>On registration or appointment (the registration's phone).</summary>
    Registration,

    /// <summary>Come when you like, during the opening times.</summary>
    DropIn,
}

/// <summary>How often a recurring stop comes back.</summary>
public enum StopFrequency
{
    Weekly,
    Fortnightly,
}

public static partial class Vocabularies
{
    public static Vocabulary<StopFormat> StopFormats { get; } = new(
        new(StopFormat.Workshop, "atelier", "Ateliers collectifs"),
        new(StopFormat.Permanence, "permanence", "Permanence d'aide individuelle"));

    public static Vocabulary<Reception> Receptions { get; } = new(
        new(Reception.Registration, "sur_rendez_vous", "Sur rendez-vous"),
        new(Reception.DropIn, "sans_rendez_vous", "Sans rendez-vous"));

    public static Vocabulary<StopFrequency> StopFrequencies { get; } = new(
        new(StopFrequency.Weekly, "toutes_les_semaines", "toutes les semaines"),
        new(StopFrequency.Fortnightly, "toutes_les_deux_semaines", "tous les 15 jours"));
}
