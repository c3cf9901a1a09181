using System.Text;
using Relais.Model.Vocabularies;

namespace Relais.Generator.Import;

/// <summary>
/// A name written in capitals (« ESPACE PUBLIC NUMERIQUE DE ST-AVERTIN ») in normal case: each word
/// capitalised except French articles and prepositions, acronyms kept (EPN, CCAS, MSAP, PIJ, CAF…,
/// and every typology code of the standard), the commune written as communes.csv does. Accents the
/// capitals dropped cannot be guessed, except for a few words of this field: the report keeps the
/// original so an editor can finish.
/// </summary>
public static class NameCase
{
    private static readonly HashSet<string> Acronyms = new(
        ["EPN", "CCAS", "CIAS", "MSAP", "PIJ", "BIJ", "CAF", "CPAM", "MJC", "MSA", "MDS", "MDPH", "CSC", "EVS", "ADMR", "UDAF", "AFPA",
         "CIDFF", "PIMMS", "CDAS", "MFR", "ESS", "GEIQ", "CDC", "CC", "CA", "EPCI", "SIVOM", "SIVU", "FJT", "CHRS", "CADA", "TIC", "NTIC",
         "PMI", "CMS", "CMP", "RSA", "APTIC", "PIX", "ENM", "PAD", "PAN", "CNFS", "ANCT", "MDE", "MDA", "MQ", "ML", "CS", "SNCF", "EHPAD",
         "ZA", "ZI", "ZAC", "CCI", "CMA", "BGE", "AGEFIPH", "UNA", "APF", "URSSAF", "INSEE", "ERIP", "FSE", "MJD", "CD", "ASSO", "II", "III", "IV", "XV", "XVI",
         ..Vocabularies.Typologies.Labels.Where(l => l.Length > 1 && l.All(c => char.IsAsciiLetterUpper(c) || c == '_' || char.IsAsciiDigit(c))).SelectMany(l => l.Split('_'))],
        StringComparer.Ordinal);

    private static readonly HashSet<string> SmallWords = new(
        ["de", "du", "des", "la", "le", "les", "et", "à", "a", "au", "aux", "en", "sur", "sous", "pour", "par", "dans", "d", "l", "lès", "les", "lez", "un", "une", "ou"],
        StringComparer.Ordinal);

    // Words of the field that lose their accent in capitals; « a » is « à » between words.
    private static readonly Dictionary<string, string> Accented = new(StringComparer.Ordinal)
    {
        ["numerique"] = "numérique", ["numeriques"] = "numériques", ["mediatheque"] = "médiathèque", ["bibliotheque"] = "bibliothèque",
        ["mediation"] = "médiation", ["ecole"] = "école", ["epicerie"] = "épicerie", ["solidarite"] = "solidarité", ["communaute"] = "communauté",
        ["cite"] = "cité", ["salle"] = "salle", ["reseau"] = "réseau", ["espace"] = "espace", ["metropole"] = "métropole", ["activites"] = "activités",
        ["emploi"] = "emploi", ["insertion"] = "insertion", ["association"] = "association", ["college"] = "collège", ["lycee"] = "lycée",
        ["maison"] = "maison", ["sante"] = "santé", ["prefecture"] = "préfecture", ["sous-prefecture"] = "sous-préfecture", ["generation"] = "génération",
        ["generations"] = "générations", ["education"] = "éducation", ["departement"] = "département", ["departemental"] = "départemental",
        ["departementale"] = "départementale", ["region"] = "région", ["regional"] = "régional", ["eglise"] = "église", ["a"] = "à",
    };

    /// <summary>True when the text has letters and none of them is lower case.</summary>
    public static bool IsCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <param name="communeName">The commune's official name, written as is where the capitals spell it.</param>
    public static string Normalise(string name, string? communeName)
    {
        if (!IsCapitals(name)) return name;
        var result = new StringBuilder(name.Length);
        var words = Tokens(name);
        for (var i = 0; i < words.Count; i++)
        {
            var (word, separator) = words[i];
            result.Append(Word(word, first: i == 0 || words[i - 1].Separator is "(" or "\"" or "« ")).Append(separator);
        }
        var text = result.ToString();
        if (communeName is not null) text = CommuneWrittenAsOfficial(text, communeName);
        return text;
    }

    private static string Word(string word, bool first)
    {
        if (Acronyms.Contains(word) || word.Contains('.', StringComparison.Ordinal) || (word.Length >= 2 && !word.Any(IsVowel))) return word;
        var lower = word.ToLowerInvariant();
        if (!first && SmallWords.Contains(lower)) return Accented.TryGetValue(lower, out var small) && lower == "a" ? small : lower;
        if (lower == "a" && first) return "À";
        var spelled = Accented.TryGetValue(lower, out var accented) ? accented : lower;
        return char.ToUpperInvariant(spelled[0]) + spelled[1..];
    }

    private static bool IsVowel(char c) => "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ".Contains(c, StringComparison.Ordinal);

    /// <summary>Words and the separators after them; an apostrophe ends a word (« D'INDRE » → « d' » + « Indre »).</summary>
    private static List<(string Word, string Separator)> Tokens(string text)
    {
        var tokens = new List<(string, string)>();
        var word = new StringBuilder();
        var separator = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                if (separator.Length > 0)
                {
                    tokens.Add((word.ToString(), separator.ToString()));
                    word.Clear();
                    separator.Clear();
                }
                word.Append(c);
            }
            else separator.Append(c is '’' ? '\'' : c);
        }
        tokens.Add((word.ToString(), separator.ToString()));
        return tokens;
    }

    /// <summary>« … de Saint-Pierre-des-Corps » where the capitals gave « … de Saint-Pierre-Des-Corps » or « St Pierre des Corps ».</summary>
    private static string CommuneWrittenAsOfficial(string text, string communeName)
    {
        var wanted = CommuneMatcher.NameKey(communeName).Split(' ');
        var spans = new List<(int Start, int End, string Key)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            spans.Add((start, i, CommuneMatcher.NameKey(text[start..i])));
        }
        for (var first = 0; first + wanted.Length <= spans.Count; first++)
        {
            var all = true;
            for (var k = 0; k < wanted.Length && all; k++) all = spans[first + k].Key == wanted[k];
            if (all) return text[..spans[first].Start] + communeName + text[spans[first + wanted.Length - 1].End..];
        }
        return text;
    }
}
