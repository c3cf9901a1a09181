namespace Relais.Model.Vocabularies;

/// <summary>The standard's « prise en charge spécifique »: particular needs the place can meet.</summary>
public enum SpecificSupport
{
    Deafness,
    MotorDisability,
    MentalDisability,
    Illiteracy,
    English,
    OtherLanguages,
    VisualImpairment,
}

public static partial class Vocabularies
{
    public static Vocabulary<SpecificSupport> SpecificSupports { get; } = new(
        new(SpecificSupport.Deafness, "Surdité", "Personnes sourdes ou malentendantes"),
        new(SpecificSupport.MotorDisability, "Handicaps moteurs", "Handicap moteur"),
        new(SpecificSupport.MentalDisability, "Handicaps mentaux", "Handicap mental"),
        new(SpecificSupport.Illiteracy, "Illettrisme", "Difficultés pour lire et écrire"),
        new(SpecificSupport.English, "Langues étrangères (anglais)", "Accueil en anglais"),
        new(SpecificSupport.OtherLanguages, "Langues étrangères (autres)", "Accueil dans d'autres langues"),
        new(SpecificSupport.VisualImpairment, "Déficience visuelle", "Personnes aveugles ou malvoyantes"));
}
