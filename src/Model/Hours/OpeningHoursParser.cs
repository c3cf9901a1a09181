using System.Globalization;
using Relais.Model.Values;

namespace Relais.Model.Hours;

/// <summary>A parse failure, <see cref="Offset"/> characters into the value.</summary>
public sealed record HoursParseError(int Offset, int Length, string Message);

/// <summary>
/// Parses the subset of the OSM opening_hours syntax that the places of this directory use:
/// rules separated by « ; », each with optional months (Jan-Mar), weekdays and « PH »
/// (Mo-Fr,Su,PH), then time spans (09:00-12:00,14:00-17:30), « off »/« closed », « open », or
/// a "comment"; and « 24/7 ». Anything else (week numbers, sunrise, Mo[1], school holidays, « || »)
/// is reported as unsupported, at its position, rather than guessed.
/// </summary>
public static class OpeningHoursParser
{
    private static readonly string[] DayCodes = ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"];
    private static readonly string[] MonthCodes = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    // What editors write by habit, and the OSM code they meant.
    private static readonly Dictionary<string, string> FrenchDays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Lu"] = "Mo", ["Ma"] = "Tu", ["Me"] = "We", ["Je"] = "Th", ["Ve"] = "Fr", ["Di"] = "Su",
        ["lundi"] = "Mo", ["mardi"] = "Tu", ["mercredi"] = "We", ["jeudi"] = "Th", ["vendredi"] = "Fr", ["samedi"] = "Sa", ["dimanche"] = "Su",
    };

    private const string Example = "par exemple « Mo-Fr 09:00-12:00,14:00-17:00; Sa 10:00-12:00; PH off »";

    public static bool TryParse(string text, out OpeningHours hours, out HoursParseError? error)
    {
        hours = new OpeningHours(text, []);
        var tokens = new List<Token>();
        error = Tokenize(text, tokens);
        if (error is not null) return false;

        var rules = new List<HoursRule>();
        var position = 0;
        while (position < tokens.Count)
        {
            var rule = ParseRule(tokens, ref position, text, out error);
            if (error is not null) return false;
            if (rule is not null) rules.Add(rule);
            if (position < tokens.Count)
            {
                if (tokens[position].Kind != TokenKind.Semicolon)
                {
                    error = Unexpected(tokens[position]);
                    return false;
                }
                position++;
            }
        }
        if (rules.Count == 0)
        {
            error = new HoursParseError(0, Math.Max(text.Length, 1), $"les horaires sont vides : {Example}.");
            return false;
        }
        hours = new OpeningHours(text.Trim(), rules);
        return true;
    }

    private static HoursRule? ParseRule(List<Token> tokens, ref int position, string text, out HoursParseError? error)
    {
        error = null;
        if (position >= tokens.Count || tokens[position].Kind == TokenKind.Semicolon) return null; // empty rule, e.g. a trailing « ; »

        if (tokens[position].Kind == TokenKind.Always)
        {
            position++;
            return new HoursRule([], [], false, [new TimeRange(TimeOnly.MinValue, TimeOnly.MinValue)], null);
        }

        var months = new List<MonthRange>();
        while (Is(tokens, position, TokenKind.Month))
        {
            var from = tokens[position++];
            var to = from;
            if (Is(tokens, position, TokenKind.Dash))
            {
                position++;
                if (!Is(tokens, position, TokenKind.Month))
                {
                    error = Expected(tokens, position, text, "un mois après « - », par exemple « Jul-Aug »");
                    return null;
                }
                to = tokens[position++];
            }
            months.Add(new MonthRange(from.Number, to.Number));
            if (!Is(tokens, position, TokenKind.Comma) || !Is(tokens, position + 1, TokenKind.Month)) break;
            position++;
        }

        var days = new List<DayOfWeek>();
        var holidays = false;
        while (Is(tokens, position, TokenKind.Day) || Is(tokens, position, TokenKind.PublicHoliday))
        {
            var from = tokens[position++];
            if (from.Kind == TokenKind.PublicHoliday)
            {
                holidays = true;
            }
            else if (Is(tokens, position, TokenKind.Dash))
            {
                position++;
                if (!Is(tokens, position, TokenKind.Day))
                {
                    error = Expected(tokens, position, text, "un jour après « - », par exemple « Mo-Fr »");
                    return null;
                }
                var to = tokens[position++].Number;
                for (var d = from.Number; ; d = (d + 1) % 7)
                {
                    if (!days.Contains((DayOfWeek)d)) days.Add((DayOfWeek)d);
                    if (d == to) break;
                }
            }
            else if (!days.Contains((DayOfWeek)from.Number))
            {
                days.Add((DayOfWeek)from.Number);
            }
            if (!Is(tokens, position, TokenKind.Comma) || !(Is(tokens, position + 1, TokenKind.Day) || Is(tokens, position + 1, TokenKind.PublicHoliday))) break;
            position++;
        }

        var times = new List<TimeRange>();
        var hasSelector = months.Count > 0 || days.Count > 0 || holidays;
        if (Is(tokens, position, TokenKind.Off))
        {
            position++;
        }
        else if (Is(tokens, position, TokenKind.Open))
        {
            position++;
            times.Add(new TimeRange(TimeOnly.MinValue, TimeOnly.MinValue));
        }
        else if (Is(tokens, position, TokenKind.Time))
        {
            while (true)
            {
                var start = tokens[position++];
                if (!Is(tokens, position, TokenKind.Dash) || !Is(tokens, position + 1, TokenKind.Time))
                {
                    error = Expected(tokens, position, text, "une heure de fin, par exemple « 09:00-12:00 »");
                    return null;
                }
                position++;
                var end = tokens[position++];
                var range = new TimeRange(start.Time, end.Time);
                if (!range.IsOrdered)
                {
                    error = new HoursParseError(start.Offset, end.Offset + end.Length - start.Offset,
                        $"la plage « {text.Substring(start.Offset, end.Offset + end.Length - start.Offset)} » finit avant de commencer : l'heure de fin doit suivre l'heure de début.");
                    return null;
                }
                times.Add(range);
                if (!Is(tokens, position, TokenKind.Comma) || !Is(tokens, position + 1, TokenKind.Time)) break;
                position++;
            }
        }
        else if (hasSelector)
        {
            // « Mo-Fr » alone means open all day in OSM; say it explicitly rather than guess a typo.
            error = Expected(tokens, position, text, "des heures (« 09:00-12:00 ») ou « off » après les jours");
            return null;
        }

        string? comment = null;
        if (Is(tokens, position, TokenKind.Comment)) comment = tokens[position++].Text;

        if (!hasSelector && times.Count == 0 && comment is null)
        {
            error = position < tokens.Count ? Unexpected(tokens[position]) : Expected(tokens, position, text, "des jours et des heures");
            return null;
        }
        return new HoursRule(months, days, holidays, times, comment);
    }

    private static bool Is(List<Token> tokens, int position, TokenKind kind) => position < tokens.Count && tokens[position].Kind == kind;

    private static HoursParseError Expected(List<Token> tokens, int position, string text, string what)
    {
        if (position < tokens.Count)
        {
            var token = tokens[position];
            return new HoursParseError(token.Offset, token.Length, $"« {token.Text} » inattendu à cet endroit : il faut {what} ({Example}).");
        }
        return new HoursParseError(text.Length, 1, $"les horaires s'arrêtent trop tôt : il faut {what} ({Example}).");
    }

    private static HoursParseError Unexpected(Token token) =>
        new(token.Offset, token.Length, $"« {token.Text} » inattendu à cet endroit ({Example}).");

    private static HoursParseError? Tokenize(string text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            switch (c)
            {
                case ';': tokens.Add(new Token(TokenKind.Semicolon, ";", start, 1)); i++; continue;
                case ',': tokens.Add(new Token(TokenKind.Comma, ",", start, 1)); i++; continue;
                case '-': tokens.Add(new Token(TokenKind.Dash, "-", start, 1)); i++; continue;
                case '"':
                    var close = text.IndexOf('"', i + 1);
                    if (close < 0) return new HoursParseError(start, text.Length - start, "un commentaire entre guillemets n'est pas refermé : ajoutez le « \" » final.");
                    tokens.Add(new Token(TokenKind.Comment, text[(i + 1)..close], start, close + 1 - start));
                    i = close + 1;
                    continue;
                case '|':
                    return new HoursParseError(start, 1, "le séparateur « || » n'est pas pris en charge : séparez les règles par « ; ».");
                case '[':
                    return new HoursParseError(start, 1, "les jours numérotés (« Mo[1] », premier lundi du mois) ne sont pas pris en charge : décrivez la règle dans presentation_detail.");
                case '+':
                    return new HoursParseError(start, 1, "les heures de fin ouvertes (« 18:00+ ») ne sont pas prises en charge : indiquez une heure de fin.");
            }
            if (char.IsDigit(c))
            {
                while (i < text.Length && (char.IsDigit(text[i]) || text[i] is ':' or 'h' or 'H' or '/')) i++;
                var word = text[start..i];
                if (word == "24/7") { tokens.Add(new Token(TokenKind.Always, word, start, word.Length)); continue; }
                if (word.Length == 5 && word[2] == ':' && TimeRange.TryParseClock(word, out var time))
                {
                    tokens.Add(new Token(TokenKind.Time, word, start, word.Length) { Time = time });
                    continue;
                }
                var hint = TimeRange.TryParseClock(word, out var meant)
                    ? $"écrivez les heures sur deux chiffres avec « : », ici « {(meant == TimeOnly.MinValue && word.StartsWith("24", StringComparison.Ordinal) ? "24:00" : meant.ToString("HH\\:mm", CultureInfo.InvariantCulture))} »"
                    : "écrivez les heures sous la forme « 09:00 »";
                return new HoursParseError(start, word.Length, $"« {word} » n'est pas une heure au format OpenStreetMap : {hint}.");
            }
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                var word = text[start..i];
                var error = Word(word, start, tokens);
                if (error is not null) return error;
                continue;
            }
            return new HoursParseError(start, 1, $"caractère « {c} » inattendu ({Example}).");
        }
        return null;
    }

    private static HoursParseError? Word(string word, int start, List<Token> tokens)
    {
        var day = Array.IndexOf(DayCodes, word);
        if (day >= 0) { tokens.Add(new Token(TokenKind.Day, word, start, word.Length) { Number = day }); return null; }
        var month = Array.IndexOf(MonthCodes, word);
        if (month >= 0) { tokens.Add(new Token(TokenKind.Month, word, start, word.Length) { Number = month + 1 }); return null; }
        switch (word)
        {
            case "PH": tokens.Add(new Token(TokenKind.PublicHoliday, word, start, word.Length)); return null;
            case "off" or "closed": tokens.Add(new Token(TokenKind.Off, word, start, word.Length)); return null;
            case "open": tokens.Add(new Token(TokenKind.Open, word, start, word.Length)); return null;
            case "SH":
                return new HoursParseError(start, 2, "« SH » (vacances scolaires) n'est pas pris en charge : les dates de vacances varient selon la zone ; précisez-les dans presentation_detail.");
            case "week" or "sunrise" or "sunset" or "dawn" or "dusk" or "easter":
                return new HoursParseError(start, word.Length, $"« {word} » n'est pas pris en charge par le site : indiquez des jours et des heures fixes.");
        }
        var caseFixed = DayCodes.Concat(MonthCodes).Concat(["PH", "off"]).FirstOrDefault(code => string.Equals(code, word, StringComparison.OrdinalIgnoreCase));
        if (caseFixed is not null)
            return new HoursParseError(start, word.Length, $"« {word} » : respectez les majuscules d'OpenStreetMap, ici « {caseFixed} ».");
        if (FrenchDays.TryGetValue(word, out var english))
            return new HoursParseError(start, word.Length, $"« {word} » : les jours s'écrivent avec les abréviations anglaises d'OpenStreetMap (Mo Tu We Th Fr Sa Su), ici « {english} ».");
        return new HoursParseError(start, word.Length, $"« {word} » n'est pas reconnu : les jours s'écrivent Mo Tu We Th Fr Sa Su, les jours fériés PH, la fermeture off ({Example}).");
    }

    private enum TokenKind { Semicolon, Comma, Dash, Day, Month, PublicHoliday, Time, Off, Open, Always, Comment }

    private sealed record Token(TokenKind Kind, string Text, int Offset, int Length)
    {
        public int Number { get; init; }
        public TimeOnly Time { get; init; }
    }
}
