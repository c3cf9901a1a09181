namespace Relais.Model.Vocabularies;

/// <summary>The standard's « formations labels ».</summary>
public enum TrainingLabel
{
    MonEspaceSante,
    Duplex,
    ArniaMedNumBfc,
    ReuseNormandie,
    EtapesNumeriques,
    FabriquesDeTerritoire,
    EclaireursDrome,
    MesPapiersLyon,
    Ordi30,
    SudLabs,
}

public static partial class Vocabularies
{
    public static Vocabulary<TrainingLabel> TrainingLabels { get; } = new(
        new(TrainingLabel.MonEspaceSante, "Formé à « Mon Espace Santé »", "Formé à « Mon Espace Santé »"),
        new(TrainingLabel.Duplex, "Formé à « DUPLEX » (illettrisme)", "Formé à l'accompagnement des personnes en situation d'illettrisme"),
        new(TrainingLabel.ArniaMedNumBfc, "Arnia/MedNum BFC (Bourgogne-Franche-Comté)", "Arnia / MedNum BFC"),
        new(TrainingLabel.ReuseNormandie, "Collectif ressources et acteurs réemploi (Normandie)", "Collectif ressources et acteurs réemploi"),
        new(TrainingLabel.EtapesNumeriques, "Étapes numériques(La Poste)", "Étapes numériques (La Poste)"),
        new(TrainingLabel.FabriquesDeTerritoire, "Fabriques de Territoire", "Fabrique de territoire"),
        new(TrainingLabel.EclaireursDrome, "Les Éclaireurs du numérique (Drôme)", "Les Éclaireurs du numérique"),
        new(TrainingLabel.MesPapiersLyon, "Mes Papiers (Métropole de Lyon)", "Mes Papiers"),
        new(TrainingLabel.Ordi30, "ORDI 3.0", "ORDI 3.0"),
        new(TrainingLabel.SudLabs, "SUD LABS (PACA)", "SUD LABS"));
}
