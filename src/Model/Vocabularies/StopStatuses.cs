namespace Relais.Model.Vocabularies;

/// <summary>Whether a bus visit takes place.</summary>
public enum StopStatus
{
    Confirmed,
    Full,
    Cancelled,
}

public static partial class Vocabularies
{
    public static Vocabulary<StopStatus> StopStatuses { get; } = new(
        new(StopStatus.Confirmed, "confirme", "Confirmé"),
        new(StopStatus.Full, "complet", "Complet"),
        new(StopStatus.Cancelled, "annule", "Annulé"));
}
