namespace Relais.Model.Vocabularies;

/// <summary>The standard's « frais à charge ».</summary>
public enum Fee
{
    Free,
    FreeUnderConditions,
    Paid,
}

public static partial class Vocabularies
{
    public static Vocabulary<Fee> Fees { get; } = new(
        new(Fee.Free, "Gratuit", "Gratuit"),
        new(Fee.FreeUnderConditions, "Gratuit sous condition", "Gratuit sous conditions"),
        new(Fee.Paid, "Payant", "Payant"));
}
