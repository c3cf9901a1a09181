namespace Relais.Model.Vocabularies;

public static partial class Vocabularies
{
    /// <summary>Weekdays as editors write them in a weekly workshop rule.</summary>
    public static Vocabulary<DayOfWeek> Weekdays { get; } = new(
        new(DayOfWeek.Monday, "lundi", "lundi"),
        new(DayOfWeek.Tuesday, "mardi", "mardi"),
        new(DayOfWeek.Wednesday, "mercredi", "mercredi"),
        new(DayOfWeek.Thursday, "jeudi", "jeudi"),
        new(DayOfWeek.Friday, "vendredi", "vendredi"),
        new(DayOfWeek.Saturday, "samedi", "samedi"),
        new(DayOfWeek.Sunday, "dimanche", "dimanche"));
}
