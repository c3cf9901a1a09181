namespace Relais.Model.Vocabularies;

/// <summary>The standard's « publics spécifiquement adressés ».</summary>
public enum Audience
{
    Youth,
    Students,
    Families,
    Seniors,
    Women,
}

public static partial class Vocabularies
{
    public static Vocabulary<Audience> Audiences { get; } = new(
        new(Audience.Youth, "Jeunes", "Jeunes"),
        new(Audience.Students, "Étudiants", "Étudiants"),
        new(Audience.Families, "Familles et/ou enfants", "Familles et enfants"),
        new(Audience.Seniors, "Seniors", "Personnes âgées (seniors)"),
        new(Audience.Women, "Femmes", "Femmes"));
}
