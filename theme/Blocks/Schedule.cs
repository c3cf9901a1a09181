using Relais.Model;
using Relais.Model.French;

namespace Relais.Theme.Blocks;

/// <summary>A workshop series' rhythm and seats in words, shared by its page and its cards.</summary>
public static class Schedule
{
    /// <summary>« Tous les mardis, 14 h – 16 h 30, du 12 janvier au 29 juin 2027 (22 séances) ».</summary>
    public static string Describe(Workshop workshop)
    {
        var first = workshop.Sessions[0].Date;
        var last = workshop.Sessions[^1].Date;
        var count = Fr.Plural(workshop.Sessions.Count, "séance", "séances");
        if (workshop.Rule is { } rule)
            return $"Tous les {Fr.WeekdayPlural(rule.Day)}, {Fr.Range(rule.Time)}, du {Span(first, last)} ({count})";
        return workshop.Sessions.Count == 1 ? $"Le {Fr.Date(first)}, {Fr.Range(workshop.Sessions[0].Time)}" : $"{Fr.Capitalize(count)}, du {Span(first, last)}";
    }

    /// <summary>« Complet », « Plus qu'une place », « 3 places libres », or nothing when unknown.</summary>
    public static string? Seats(Workshop workshop) => workshop.FreeSeats switch
    {
        null => null,
        0 => "Complet",
        1 => "Plus qu'une place libre",
        var n => string.Create(Fr.Culture, $"{n}{Fr.Nbsp}places libres sur {workshop.Capacity}"),
    };

    private static string Span(DateOnly first, DateOnly last) =>
        first.Year == last.Year ? $"{Fr.DayAndMonth(first)} au {Fr.DateShort(last)}" : $"{Fr.DateShort(first)} au {Fr.DateShort(last)}";
}
