using System.Globalization;
using Relais.Model.Values;

namespace Relais.Model.French;

/// <summary>
/// French typography for the public site: « mardi 9 mars 2027 », « 14 h 30 – 17 h »,
/// « à 8 km ». Spaces before units and inside ranges are non-breaking so a line never splits them.
/// </summary>
public static class Fr
{
    public const char Nbsp = '\u00A0';
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly string[] Months =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] Days = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    public static string Weekday(DayOfWeek day) => Days[(int)day];

    /// <summary>« lundis » for « tous les lundis ».</summary>
    public static string WeekdayPlural(DayOfWeek day) => Days[(int)day] + "s";

    public static string Month(int month) => Months[month - 1];

    /// <summary>« mardi 9 mars 2027 », « mercredi 1er janvier 2027 ».</summary>
    public static string Date(DateOnly date) => string.Create(Culture, $"{Weekday(date.DayOfWeek)} {DayOfMonth(date)} {Month(date.Month)} {date.Year}");

    /// <summary>« Mardi 9 mars 2027 », to start a sentence or a title.</summary>
    public static string DateCapitalized(DateOnly date) => Capitalize(Date(date));

    /// <summary>« 9 mars 2027 ».</summary>
    public static string DateShort(DateOnly date) => string.Create(Culture, $"{DayOfMonth(date)} {Month(date.Month)} {date.Year}");

    /// <summary>« 9 mars » when the year goes without saying.</summary>
    public static string DayAndMonth(DateOnly date) => $"{DayOfMonth(date)} {Month(date.Month)}";

    /// <summary>« Mars 2027 ».</summary>
    public static string MonthYear(DateOnly date) => Capitalize(string.Create(Culture, $"{Month(date.Month)} {date.Year}"));

    /// <summary>« 9 h », « 14 h 30 » (midnight as « 0 h »; an end of day is written by <see cref="Range"/>).</summary>
    public static string Time(TimeOnly time) => Times[time.Hour * 60 + time.Minute];

    // Each minute of the day written once: pages write the same few hundred times millions of times.
    private static readonly string[] Times = Enumerable.Range(0, 24 * 60)
        .Select(m => m % 60 == 0 ? string.Create(Culture, $"{m / 60}{Nbsp}h") : string.Create(Culture, $"{m / 60}{Nbsp}h{Nbsp}{m % 60:00}"))
        .ToArray();

    /// <summary>« 9 h – 12 h ».</summary>
    public static string Range(TimeRange range) =>
        RangeTexts.GetOrAdd((range.Start.Hour * 60 + range.Start.Minute) * 24 * 60 + range.End.Hour * 60 + range.End.Minute, static (_, r) =>
            $"{Time(r.Start)}{Nbsp}–{Nbsp}{(r.End == TimeOnly.MinValue ? $"24{Nbsp}h" : Time(r.End))}", range);

    // A site has a few hundred distinct ranges, written on every card: each made once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> RangeTexts = new();

    /// <summary>« 9 h – 12 h et 14 h – 17 h ».</summary>
    public static string Ranges(IEnumerable<TimeRange> ranges) => List(ranges.Select(Range));

    /// <summary>« a », « a et b », « a, b et c ».</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => "",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " et " + list[^1],
        };
    }

    /// <summary>« à 8 km », « à moins d'1 km »: as the crow flies, rounded to the kilometre.</summary>
    public static string Distance(double km) =>
        km < 1 ? $"à moins d'1{Nbsp}km" : $"à {Math.Round(km, MidpointRounding.AwayFromZero).ToString("0", Culture)}{Nbsp}km";

    /// <summary>« 8 km », for tables.</summary>
    public static string Kilometres(double km) =>
        km < 1 ? $"moins d'1{Nbsp}km" : $"{Math.Round(km, MidpointRounding.AwayFromZero).ToString("0", Culture)}{Nbsp}km";

    public static string Number(int value) => value.ToString("N0", Culture);

    /// <summary>« 0 inchangé », « 2 doublons », with an ordinary space: the command line's counts, where no line is laid out.</summary>
    public static string Counted(int count, string singular, string plural) => string.Create(Culture, $"{count} {(count is 0 or 1 ? singular : plural)}");

    /// <summary>« 1 place », « 2 places ».</summary>
    public static string Plural(int count, string singular, string plural) => string.Create(Culture, $"{count}{Nbsp}{(count is 0 or 1 ? singular : plural)}");

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpper(text[0], Culture) + text[1..];

    /// <summary>First letter in lower case, the rest untouched (« CAF » stays « CAF »), to use a label mid-sentence.</summary>
    public static string Uncapitalize(string text) =>
        text.Length == 0 || text.Length > 1 && char.IsUpper(text[1]) ? text : char.ToLower(text[0], Culture) + text[1..];

    /// <summary>« de Chinon », « d'Avoine », « du Grand-Pressigny », « des Mureaux », « de La Riche »:
    /// a place name after « de », contracted with its article or elided before a vowel as French
    /// writes it. A name starting with H keeps « de »: whether its h is mute differs from name to name.</summary>
    public static string Of(string name) => SplitArticle(name) switch
    {
        ("Le", var rest) => "du " + rest,
        ("Les", var rest) => "des " + rest,
        _ => StartsWithVowel(name) ? "d'" + name : "de " + name,
    };

    /// <summary>« à Chinon », « au Grand-Pressigny », « aux Mureaux », « à La Riche ».</summary>
    public static string At(string name) => SplitArticle(name) switch
    {
        ("Le", var rest) => "au " + rest,
        ("Les", var rest) => "aux " + rest,
        _ => "à " + name,
    };

    private static (string? Article, string Name) SplitArticle(string name)
    {
        foreach (var article in (string[])["Le", "Les"])
        {
            if (name.Length > article.Length + 1 && name.StartsWith(article + " ", StringComparison.Ordinal)) return (article, name[(article.Length + 1)..]);
        }
        return (null, name);
    }

    private static bool StartsWithVowel(string name) =>
        name.Length > 0 && "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒaeiouyàâäéèêëîïôöùûüœ".Contains(name[0], StringComparison.Ordinal);

    /// <summary>« 1er », « 7 ».</summary>
    public static string DayOfMonth(DateOnly date) => date.Day == 1 ? "1er" : date.Day.ToString(CultureInfo.InvariantCulture);
}
