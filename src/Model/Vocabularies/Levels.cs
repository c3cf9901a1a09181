namespace Relais.Model.Vocabularies;

/// <summary>The level a workshop series expects.</summary>
public enum Level
{
    Beginner,
    Intermediate,
    Advanced,
    AllLevels,
}

public static partial class Vocabularies
{
    public static Vocabulary<Level> Levels { get; } = new(
        new(Level.Beginner, "debutant", "Débutant : jamais ou presque utilisé d'ordinateur"),
        new(Level.Intermediate, "intermediaire", "Intermédiaire : se sert déjà un peu d'un ordinateur ou d'un téléphone"),
        new(Level.Advanced, "avance", "Avancé : à l'aise, veut aller plus loin"),
        new(Level.AllLevels, "tous", "Tous niveaux"));
}
