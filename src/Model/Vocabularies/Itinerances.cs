namespace Relais.Model.Vocabularies;

/// <summary>The standard's « itinérance »: a fixed place, or one that travels (bus, caravan).</summary>
public enum Itinerance
{
    Travelling,
    Fixed,
}

public static partial class Vocabularies
{
    public static Vocabulary<Itinerance> Itinerances { get; } = new(
        new(Itinerance.Travelling, "Itinérant", "Itinérant : vient jusqu'à vous"),
        new(Itinerance.Fixed, "Fixe", "Lieu fixe"));
}
