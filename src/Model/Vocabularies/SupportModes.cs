namespace Relais.Model.Vocabularies;

/// <summary>The standard's « modalités d'accompagnement ».</summary>
public enum SupportMode
{
    Autonomous,
    Individual,
    Workshop,
    Remote,
}

public static partial class Vocabularies
{
    public static Vocabulary<SupportMode> SupportModes { get; } = new(
        new(SupportMode.Autonomous, "En autonomie", "Utiliser le matériel seul, avec de l'aide si besoin"),
        new(SupportMode.Individual, "Accompagnement individuel", "Aide personnelle, seul avec un conseiller"),
        new(SupportMode.Workshop, "Dans un atelier collectif", "En atelier, en petit groupe"),
        new(SupportMode.Remote, "À distance", "Aide à distance, par téléphone ou en visio"));
}
