using System.Globalization;
using Relais.Generator.Validate;
using Relais.Model;
using Relais.Model.Hours;
using Relais.Model.Values;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Scaffold;

/// <summary>
/// How each kind of answer is read, with the model's own parsers (the ones the validator uses), so
/// that what `new` accepts the validator accepts too. Values come back in the form files are written in.
/// </summary>
public static class AnswerReaders
{
    private static readonly char[] ListSeparators = [',', ';'];

    public static AnswerReader<string> Text(int? maxLength = null) => (string text, out string value, out string error) =>
    {
        value = text.Trim();
        error = "";
        if (value.Length == 0) error = "écrivez un texte.";
        else if (value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal)) error = "écrivez ce texte sur une seule ligne.";
        else if (maxLength is { } max && value.Length > max) error = $"{value.Length} caractères, pour {max} au plus : raccourcissez.";
        return error.Length == 0;
    };

    /// <summary>« 02 47 12 34 56 », whatever the spacing typed.</summary>
    public static AnswerReader<string> Phone { get; } = (string text, out string value, out string error) =>
    {
        var ok = PhoneNumber.TryParse(text, out var phone, out error);
        value = ok ? phone.Display : "";
        return ok;
    };

    public static AnswerReader<DateOnly> Date { get; } = IsoDate.TryParse;

    public static AnswerReader<int> Integer(int min, int max) => (string text, out int value, out string error) =>
    {
        error = "";
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max) return true;
        error = $"écrivez un nombre entier de {min} à {max}.";
        return false;
    };

    /// <summary>A time range that ends after it starts, in the machine form « 09:00-12:00 ».</summary>
    public static AnswerReader<TimeRange> Session { get; } = (string text, out TimeRange value, out string error) =>
    {
        if (!TimeRange.TryParse(text, out value, out error)) return false;
        if (value.IsOrdered) return true;
        error = $"« {text.Trim()} » finit avant de commencer : écrivez l'heure de début puis l'heure de fin, par exemple « 14:00-17:00 ».";
        return false;
    };

    /// <summary>« 09:00-12:00, 14:00-17:00 »: sessions in order, none overlapping the next.</summary>
    public static AnswerReader<IReadOnlyList<string>> Sessions { get; } = (string text, out IReadOnlyList<string> value, out string error) =>
    {
        value = [];
        var sessions = new List<TimeRange>();
        foreach (var part in text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Session(part, out var session, out error)) return false;
            sessions.Add(session);
        }
        if (sessions.Count == 0)
        {
            error = "écrivez au moins une séance, par exemple « 09:00-12:00, 14:00-17:00 ».";
            return false;
        }
        sessions.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var i = 1; i < sessions.Count; i++)
        {
            if (sessions[i].Start < sessions[i - 1].End)
            {
                error = $"les séances {sessions[i - 1]} et {sessions[i]} se chevauchent.";
                return false;
            }
        }
        value = sessions.Select(s => s.ToString()).ToList();
        error = "";
        return true;
    };

    /// <summary>Opening hours in the OpenStreetMap syntax, in its canonical form once it parses (« 9:00 » written « 09:00 »).</summary>
    public static AnswerReader<string> Hours { get; } = (string text, out string value, out string error) =>
    {
        value = text.Trim();
        if (OpeningHoursParser.TryParse(value, out var hours, out var parseError))
        {
            value = hours.Canonical;
            error = "";
            return true;
        }
        error = parseError!.Message;
        return false;
    };

    /// <summary>One value of a vocabulary: its exact label, or its number in <see cref="Numbered"/>; case and accents do not matter.</summary>
    public static AnswerReader<string> Choice<T>(Vocabulary<T> vocabulary) where T : struct, Enum => (string text, out string value, out string error) =>
    {
        var labels = vocabulary.Labels.ToList();
        var typed = text.Trim();
        value = "";
        error = "";
        if (int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= labels.Count)
        {
            value = labels[number - 1];
            return true;
        }
        var folded = Slugs.Fold(typed);
        if (labels.FirstOrDefault(l => Slugs.Fold(l) == folded) is { } label)
        {
            value = label;
            return true;
        }
        error = labels.Count <= 12
            ? $"« {typed} » n'est pas une valeur possible.{Suggest.DidYouMean(typed, labels)} Valeurs possibles : {string.Join(", ", labels)}."
            : $"« {typed} » n'est pas une valeur possible.{Suggest.DidYouMean(typed, labels)} Voir la liste dans le README, « Valeurs autorisées ».";
        return false;
    };

    /// <summary>Several values of a vocabulary, separated by « , » or « ; » (no label holds either).</summary>
    public static AnswerReader<IReadOnlyList<string>> Choices<T>(Vocabulary<T> vocabulary) where T : struct, Enum => (string text, out IReadOnlyList<string> value, out string error) =>
    {
        var one = Choice(vocabulary);
        var chosen = new List<string>();
        value = chosen;
        error = "";
        foreach (var part in text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!one(part, out var label, out error)) return false;
            if (!chosen.Contains(label)) chosen.Add(label);
        }
        if (chosen.Count > 0) return true;
        error = "choisissez au moins une valeur.";
        return false;
    };

    /// <summary>« 1. Gratuit », one a line: what <see cref="Choice"/> accepts by number.</summary>
    public static IReadOnlyList<string> Numbered<T>(Vocabulary<T> vocabulary) where T : struct, Enum =>
        vocabulary.Labels.Select((label, i) => $"  {i + 1}. {label}").ToList();
}
