using System.Globalization;
using System.Text;
using Relais.Model.Values;

namespace Relais.Model.Hours;

/// <summary>A parse failure, <see cref="Offset"/> characters into the value.</summary>
public sealed record HoursParseError(int Offset, int Length, string Message);

/// <summary>A part written leniently (« 9:00 », « mo-fr », a space between two time spans), and what OSM writes instead.</summary>
public sealed record HoursLenientPart(int Offset, int Length, string Written, string Canonical);

/// <summary>
/// Parses the part of the OSM opening_hours syntax that places use. Rules are separated by « ; »
/// (a later rule replaces the days it selects) or « , » (an additional rule, which adds). A rule has
/// optional selectors: a year (2027), dates or months (Dec 24-26, May 1, Nov-Feb), ISO weeks
/// (week 01-53/2), weekdays and « PH » (Mo-Fr,Su,PH); then time spans (09:00-12:00,22:00-02:00) or
/// « 24/7 »; then « open », « off »/« closed » or « unknown »; then a "comment". What it does not
/// take (school holidays, Easter, sunrise, Mo[1], « || ») is reported at its position, in French,
/// with what to write instead. Lenient forms editors type are accepted and listed in
/// <see cref="Lenient"/> with the canonical form.
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

    public static bool TryParse(string text, out OpeningHours hours, out HoursParseError? error) =>
        TryParse(text, out hours, out error, out _);

    /// <summary>As <see cref="TryParse(string, out OpeningHours, out HoursParseError?)"/>, with the parts accepted leniently, in order.</summary>
    public static bool TryParse(string text, out OpeningHours hours, out HoursParseError? error, out IReadOnlyList<HoursLenientPart> lenient)
    {
        hours = new OpeningHours(text, []);
        var tokens = new List<Token>();
        var parts = new List<HoursLenientPart>();
        lenient = parts;
        error = Tokenize(text, tokens, parts);
        if (error is not null) return false;

        var rules = new List<HoursRule>();
        var position = 0;
        var additional = false;
        while (position < tokens.Count)
        {
            var rule = ParseRule(tokens, ref position, text, parts, out error);
            if (error is not null) return false;
            if (rule is not null) rules.Add(rule with { Additional = additional && rules.Count > 0 });
            if (position < tokens.Count)
            {
                if (tokens[position].Kind is not (TokenKind.Semicolon or TokenKind.Comma))
                {
                    error = Unexpected(tokens[position]);
                    return false;
                }
                additional = tokens[position].Kind == TokenKind.Comma;
                position++;
            }
        }
        if (rules.Count == 0)
        {
            error = new HoursParseError(0, Math.Max(text.Length, 1), $"les horaires sont vides : {Example}.");
            return false;
        }
        var trimmed = text.Trim();
        lenient = parts.OrderBy(p => p.Offset).ToList();
        hours = new OpeningHours(trimmed, rules) { Canonical = parts.Count == 0 ? trimmed : Apply(text, parts).Trim() };
        return true;
    }

    /// <summary>The warning for a value read leniently: each part and its OSM form, then the whole value to write.</summary>
    public static string LenientMessage(OpeningHours hours, IReadOnlyList<HoursLenientPart> parts)
    {
        var fixes = parts.OrderBy(p => p.Offset).Select(p => string.IsNullOrWhiteSpace(p.Written)
            ? "une virgule entre deux plages horaires, sans espace"
            : $"« {p.Written} » s'écrit « {p.Canonical} »");
        return $"« {hours.Text} » est compris, mais OpenStreetMap l'écrit autrement ({string.Join(" ; ", fixes.Distinct(StringComparer.Ordinal))}) : écrivez « {hours.Canonical} ».";
    }

    private static string Apply(string text, IReadOnlyList<HoursLenientPart> parts)
    {
        var result = new StringBuilder();
        var at = 0;
        foreach (var part in parts.OrderBy(p => p.Offset))
        {
            result.Append(text, at, part.Offset - at).Append(part.Canonical);
            at = part.Offset + part.Length;
        }
        return result.Append(text, at, text.Length - at).ToString();
    }

    private static HoursRule? ParseRule(List<Token> tokens, ref int position, string text, List<HoursLenientPart> lenient, out HoursParseError? error)
    {
        error = null;
        if (position >= tokens.Count || tokens[position].Kind is TokenKind.Semicolon) return null; // empty rule, e.g. a trailing « ; »

        int? year = null;
        if (Is(tokens, position, TokenKind.Number) && tokens[position].Text.Length == 4)
        {
            year = tokens[position].Number;
            position++;
            if (!Is(tokens, position, TokenKind.Month))
            {
                error = Is(tokens, position, TokenKind.Dash)
                    ? new HoursParseError(tokens[position].Offset, 1, "les plages d'années (« 2026-2027 ») ne sont pas prises en charge : écrivez une règle par année, par exemple « 2027 May 1-8 off ».")
                    : Expected(tokens, position, text, "un mois après l'année, par exemple « 2027 May 1-8 off »");
                return null;
            }
        }

        var dates = new List<DateRange>();
        while (Is(tokens, position, TokenKind.Month))
        {
            var range = ParseDateRange(tokens, ref position, text, dates.Count == 0 ? year : null, out error);
            if (error is not null) return null;
            dates.Add(range!);
            if (!Is(tokens, position, TokenKind.Comma) || !Is(tokens, position + 1, TokenKind.Month)) break;
            position++;
        }

        var weeks = new List<WeekRange>();
        if (Is(tokens, position, TokenKind.Week))
        {
            position++;
            while (true)
            {
                if (!Is(tokens, position, TokenKind.Number))
                {
                    error = Expected(tokens, position, text, "un numéro de semaine après « week », par exemple « week 01-53/2 »");
                    return null;
                }
                var first = tokens[position++];
                var (from, to, step) = (first.Number, first.Number, 1);
                if (Is(tokens, position, TokenKind.Dash) && Is(tokens, position + 1, TokenKind.Number))
                {
                    to = tokens[position + 1].Number;
                    position += 2;
                    if (Is(tokens, position, TokenKind.Slash) && Is(tokens, position + 1, TokenKind.Number))
                    {
                        step = tokens[position + 1].Number;
                        position += 2;
                    }
                }
                if (from < 1 || to > 53 || from > to || step < 1)
                {
                    error = new HoursParseError(first.Offset, tokens[position - 1].Offset + tokens[position - 1].Length - first.Offset,
                        "les semaines vont de 01 à 53, la première avant la dernière : par exemple « week 01-53/2 » (une semaine sur deux).");
                    return null;
                }
                weeks.Add(new WeekRange(from, to, step));
                if (!Is(tokens, position, TokenKind.Comma) || !Is(tokens, position + 1, TokenKind.Number)) break;
                position++;
            }
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
            // « Mo-Fr 09:00-12:00, Sa 10:00-12:00 »: a comma after hours starts an additional rule, not more days.
            position++;
        }

        var times = new List<TimeRange>();
        var hasSelector = dates.Count > 0 || weeks.Count > 0 || days.Count > 0 || holidays;
        if (Is(tokens, position, TokenKind.Always))
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
                if (start.Time == end.Time && !(start.Time == TimeOnly.MinValue && end.Text.StartsWith("24", StringComparison.Ordinal)))
                {
                    error = new HoursParseError(start.Offset, end.Offset + end.Length - start.Offset,
                        $"la plage « {text.Substring(start.Offset, end.Offset + end.Length - start.Offset)} » commence et finit à la même heure : écrivez « 00:00-24:00 » pour toute la journée.");
                    return null;
                }
                // An end before the start runs past midnight (« 22:00-02:00 »), as in OSM.
                times.Add(new TimeRange(start.Time, end.Time));
                if (Is(tokens, position, TokenKind.Comma) && Is(tokens, position + 1, TokenKind.Time))
                {
                    position++;
                    continue;
                }
                if (Is(tokens, position, TokenKind.Time) && Is(tokens, position + 1, TokenKind.Dash))
                {
                    // « 09:00-12:00 14:00-17:00 »: the space stands for the comma.
                    var gap = end.Offset + end.Length;
                    lenient.Add(new HoursLenientPart(gap, tokens[position].Offset - gap, text[gap..tokens[position].Offset], ","));
                    continue;
                }
                break;
            }
        }

        var state = HoursState.Open;
        var explicitState = false;
        if (Is(tokens, position, TokenKind.Off) || Is(tokens, position, TokenKind.Open) || Is(tokens, position, TokenKind.Unknown))
        {
            state = tokens[position++].Kind switch { TokenKind.Off => HoursState.Closed, TokenKind.Open => HoursState.Open, _ => HoursState.Unknown };
            explicitState = true;
        }

        string? comment = null;
        if (Is(tokens, position, TokenKind.Comment)) comment = tokens[position++].Text;
        // A comment without « open » leaves the state unknown, as in OSM (« Sa "sur rendez-vous" »).
        if (comment is not null && !explicitState) state = HoursState.Unknown;

        if (times.Count == 0 && !explicitState && comment is null)
        {
            // « Mo-Fr » alone means open all day in OSM; say it explicitly rather than guess a typo.
            error = hasSelector
                ? Expected(tokens, position, text, "des heures (« 09:00-12:00 ») ou « off » après les jours")
                : position < tokens.Count ? Unexpected(tokens[position]) : Expected(tokens, position, text, "des jours et des heures");
            return null;
        }
        return new HoursRule(dates, weeks, days, holidays, times, state, comment);
    }

    /// <summary>« Jul », « Jul-Aug », « Dec 24 », « Dec 24-26 », « Dec 24-Jan 02 ».</summary>
    private static DateRange? ParseDateRange(List<Token> tokens, ref int position, string text, int? year, out HoursParseError? error)
    {
        error = null;
        var fromMonth = tokens[position++];
        int? fromDay = null;
        if (Is(tokens, position, TokenKind.Number))
        {
            fromDay = tokens[position].Number;
            if (!ValidDay(fromMonth.Number, fromDay.Value, tokens[position], out error)) return null;
            position++;
        }
        if (!Is(tokens, position, TokenKind.Dash))
            return fromDay is { } single ? new DateRange(year, fromMonth.Number, single, fromMonth.Number, single) : Months(year, fromMonth.Number, fromMonth.Number);
        position++;
        if (Is(tokens, position, TokenKind.Month))
        {
            var toMonth = tokens[position++];
            if (fromDay is null) return Months(year, fromMonth.Number, toMonth.Number);
            if (!Is(tokens, position, TokenKind.Number))
            {
                error = Expected(tokens, position, text, "un jour après le mois, par exemple « Dec 24-Jan 02 »");
                return null;
            }
            var toDay = tokens[position];
            if (!ValidDay(toMonth.Number, toDay.Number, toDay, out error)) return null;
            position++;
            return new DateRange(year, fromMonth.Number, fromDay.Value, toMonth.Number, toDay.Number);
        }
        if (fromDay is not null && Is(tokens, position, TokenKind.Number))
        {
            var toDay = tokens[position];
            if (!ValidDay(fromMonth.Number, toDay.Number, toDay, out error)) return null;
            if (toDay.Number < fromDay)
            {
                error = new HoursParseError(toDay.Offset, toDay.Length, $"« {toDay.Text} » vient avant le {fromDay} : écrivez le premier jour puis le dernier, par exemple « Dec 24-26 ».");
                return null;
            }
            position++;
            return new DateRange(year, fromMonth.Number, fromDay.Value, fromMonth.Number, toDay.Number);
        }
        error = Expected(tokens, position, text, fromDay is null ? "un mois après « - », par exemple « Jul-Aug »" : "un jour ou une date après « - », par exemple « Dec 24-26 »");
        return null;
    }

    private static DateRange Months(int? year, int from, int to) => year is null ? DateRange.Months(from, to) : DateRange.Months(from, to) with { Year = year };

    private static bool ValidDay(int month, int day, Token token, out HoursParseError? error)
    {
        error = day >= 1 && day <= DateTime.DaysInMonth(2024, month) ? null
            : new HoursParseError(token.Offset, token.Length, $"« {token.Text} » n'est pas un jour de {MonthCodes[month - 1]} : écrivez le jour du mois, par exemple « Dec 24 ».");
        return error is null;
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

    private static HoursParseError? Tokenize(string text, List<Token> tokens, List<HoursLenientPart> lenient)
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
                case '/': tokens.Add(new Token(TokenKind.Slash, "/", start, 1)); i++; continue;
                case '"':
                    var close = text.IndexOf('"', i + 1);
                    if (close < 0) return new HoursParseError(start, text.Length - start, "un commentaire entre guillemets n'est pas refermé : ajoutez le « \" » final.");
                    tokens.Add(new Token(TokenKind.Comment, text[(i + 1)..close], start, close + 1 - start));
                    i = close + 1;
                    continue;
                case '|':
                    return new HoursParseError(start, 1, "le séparateur « || » n'est pas pris en charge : séparez les règles par « ; ».");
                case '[':
                    return new HoursParseError(start, 1, "les jours numérotés (« Mo[1] », premier lundi du mois) ne sont pas pris en charge : écrivez les dates (« Jan 04,Feb 01 … ») ou décrivez la règle dans un commentaire entre guillemets.");
                case '+':
                    return new HoursParseError(start, 1, "les heures de fin ouvertes (« 18:00+ ») ne sont pas prises en charge : indiquez une heure de fin.");
            }
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                var digits = text[start..i];
                if (digits == "24" && i + 1 < text.Length && text[i] == '/' && text[i + 1] == '7')
                {
                    i += 2;
                    tokens.Add(new Token(TokenKind.Always, "24/7", start, 4));
                    continue;
                }
                if (i < text.Length && (text[i] is ':' or 'h' or 'H'))
                {
                    while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is ':' or 'h' or 'H')) i++;
                    var word = text[start..i];
                    if (word.Length == 5 && word[2] == ':' && TimeRange.TryParseClock(word, out var time))
                    {
                        tokens.Add(new Token(TokenKind.Time, word, start, word.Length) { Time = time });
                        continue;
                    }
                    if (word.Length == 4 && word[1] == ':' && TimeRange.TryParseClock(word, out time))
                    {
                        // « 9:00 »: OSM writes two digits.
                        lenient.Add(new HoursLenientPart(start, word.Length, word, "0" + word));
                        tokens.Add(new Token(TokenKind.Time, word, start, word.Length) { Time = time });
                        continue;
                    }
                    var hint = TimeRange.TryParseClock(word, out var meant)
                        ? $"écrivez les heures sur deux chiffres avec « : », ici « {(meant == TimeOnly.MinValue && word.StartsWith("24", StringComparison.Ordinal) ? "24:00" : meant.ToString("HH\\:mm", CultureInfo.InvariantCulture))} »"
                        : "écrivez les heures sous la forme « 09:00 »";
                    return new HoursParseError(start, word.Length, $"« {word} » n'est pas une heure au format OpenStreetMap : {hint}.");
                }
                if (digits.Length > 4)
                    return new HoursParseError(start, digits.Length, $"« {digits} » n'est ni une année, ni un jour du mois, ni une heure : écrivez les heures sous la forme « 09:00 ».");
                tokens.Add(new Token(TokenKind.Number, digits, start, digits.Length) { Number = int.Parse(digits, CultureInfo.InvariantCulture) });
                continue;
            }
            if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                var word = text[start..i];
                var error = Word(word, start, tokens, lenient);
                if (error is not null) return error;
                continue;
            }
            return new HoursParseError(start, 1, $"caractère « {c} » inattendu ({Example}).");
        }
        return null;
    }

    private static HoursParseError? Word(string word, int start, List<Token> tokens, List<HoursLenientPart> lenient)
    {
        var canonical = Canonical(word);
        if (canonical is null)
        {
            var caseFixed = DayCodes.Concat(MonthCodes).Concat(["PH", "off", "closed", "open", "unknown", "week"])
                .FirstOrDefault(code => string.Equals(code, word, StringComparison.OrdinalIgnoreCase));
            if (caseFixed is not null)
            {
                // « mo-fr », « OFF »: OSM's case, accepted with a warning.
                lenient.Add(new HoursLenientPart(start, word.Length, word, caseFixed));
                canonical = caseFixed;
            }
        }
        var day = Array.IndexOf(DayCodes, canonical);
        if (day >= 0) { tokens.Add(new Token(TokenKind.Day, word, start, word.Length) { Number = day }); return null; }
        var month = Array.IndexOf(MonthCodes, canonical);
        if (month >= 0) { tokens.Add(new Token(TokenKind.Month, word, start, word.Length) { Number = month + 1 }); return null; }
        switch (canonical)
        {
            case "PH": tokens.Add(new Token(TokenKind.PublicHoliday, word, start, word.Length)); return null;
            case "off" or "closed": tokens.Add(new Token(TokenKind.Off, word, start, word.Length)); return null;
            case "open": tokens.Add(new Token(TokenKind.Open, word, start, word.Length)); return null;
            case "unknown": tokens.Add(new Token(TokenKind.Unknown, word, start, word.Length)); return null;
            case "week": tokens.Add(new Token(TokenKind.Week, word, start, word.Length)); return null;
        }
        switch (word)
        {
            case "SH":
                return new HoursParseError(start, 2, "« SH » (vacances scolaires) n'est pas pris en charge : les dates changent selon la zone et l'année ; écrivez les dates de l'année, par exemple « 2027 Feb 13-Mar 01 off », ou un commentaire entre guillemets (« \"fermé pendant les vacances scolaires\" »).");
            case "easter":
                return new HoursParseError(start, word.Length, "« easter » (Pâques) n'est pas pris en charge : le lundi de Pâques est un jour férié, écrivez « PH off » ; pour un autre jour, écrivez sa date, par exemple « 2027 Mar 26 off ».");
            case "sunrise" or "sunset" or "dawn" or "dusk":
                return new HoursParseError(start, word.Length, $"« {word} » (heure du soleil) n'est pas pris en charge : écrivez des heures fixes, par exemple « 08:00-18:00 », ou une règle par saison (« Nov-Feb 08:30-17:00; Mar-Oct 08:00-19:00 »).");
        }
        if (FrenchDays.TryGetValue(word, out var english))
            return new HoursParseError(start, word.Length, $"« {word} » : les jours s'écrivent avec les abréviations anglaises d'OpenStreetMap (Mo Tu We Th Fr Sa Su), ici « {english} ».");
        return new HoursParseError(start, word.Length, $"« {word} » n'est pas reconnu : les jours s'écrivent Mo Tu We Th Fr Sa Su, les mois Jan … Dec, les jours fériés PH, la fermeture off ({Example}).");
    }

    private static string? Canonical(string word) =>
        Array.IndexOf(DayCodes, word) >= 0 || Array.IndexOf(MonthCodes, word) >= 0 || word is "PH" or "off" or "closed" or "open" or "unknown" or "week" ? word : null;

    private enum TokenKind { Semicolon, Comma, Dash, Slash, Day, Month, PublicHoliday, Week, Number, Time, Off, Open, Unknown, Always, Comment }

    private sealed record Token(TokenKind Kind, string Text, int Offset, int Length)
    {
        public int Number { get; init; }
        public TimeOnly Time { get; init; }
    }
}
