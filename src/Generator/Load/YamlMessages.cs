using YamlDotNet.Core;

namespace Relais.Generator.Load;

/// <summary>Turns YamlDotNet's English parser messages into advice an editor can act on.</summary>
internal static class YamlMessages
{
    public const string Unclosed =
        "un crochet « [ », une accolade « { » ou un guillemet ouvert sur cette ligne n'est pas refermé : ajoutez « ] », « } » ou le guillemet final, ou mettez entre guillemets une valeur qui contient une virgule.";

    private const string TabMessage = "tabulation interdite dans l'indentation YAML : indentez avec des espaces.";

    private static readonly (string English, string French)[] Known =
    [
        ("did not find expected ',' or ']'", "une liste entre crochets n'est pas fermée : ajoutez « ] » en fin de ligne, ou mettez entre guillemets une valeur qui contient une virgule."),
        ("did not find expected ',' or '}'", "un groupe entre accolades n'est pas fermé, ou une virgule manque entre deux champs : ajoutez « } » à la fin du groupe, ou « , » après le champ précédent."),
        ("did not find expected '-' indicator", "élément de liste mal aligné : les « - » d'une même liste doivent commencer à la même colonne."),
        ("did not find expected key", "clé attendue : vérifiez l'alignement (les champs d'un même niveau commencent à la même colonne) et qu'il ne manque pas « : »."),
        ("mapping values are not allowed in this context", "« : » inattendu : si la valeur contient « : », mettez-la entre guillemets, par exemple titre: \"Atelier : débuter\"."),
        ("found unexpected end of stream", "fin de fichier inattendue : un guillemet, un crochet ou une accolade n'est pas refermé."),
        ("found unknown escape character", "caractère d'échappement inconnu après « \\ » entre guillemets doubles : utilisez des guillemets simples ou doublez la barre « \\\\ »."),
        // « While scanning a quoted scalar » and « …a multi-line double-quoted scalar, found wrong indentation ».
        ("quoted scalar", "un texte entre guillemets n'est pas refermé : ajoutez le guillemet final."),
        ("invalid mapping", "ligne mal alignée, ou « : » en trop : chaque champ s'écrit « clé: valeur », aligné sur les autres ; si la valeur contient « : », mettez-la entre guillemets, par exemple titre: \"Atelier : débuter\"."),
        // The parser points at the line before the tab: the check on the error's line below misses it.
        ("tab character", TabMessage),
        ("invalid tab", TabMessage),
        ("found character that cannot start any token", "caractère qui ne peut pas commencer une valeur : mettez la valeur entre guillemets (par exemple si elle commence par « @ », « ` » ou « % »)."),
        ("Unknown alias", "référence « * » vers une ancre « & » qui n'existe pas."),
        ("block sequence entries are not allowed in this context", "une liste « - » ne peut pas suivre une valeur sur la même ligne : passez à la ligne après « : »."),
    ];

    public static string Translate(YamlException ex, string text)
    {
        var lineIndex = (int)ex.Start.Line - 1;
        var lines = text.Split('\n');
        if (lineIndex >= 0 && lineIndex < lines.Length && lines[lineIndex].TrimEnd('\r').TrimStart(' ').StartsWith('\t'))
            return TabMessage;
        foreach (var (english, french) in Known)
        {
            if (ex.Message.Contains(english, StringComparison.OrdinalIgnoreCase)) return french;
        }
        return $"syntaxe YAML invalide ({ex.Message}). Vérifiez l'alignement et les guillemets autour de cette position.";
    }

    /// <summary>
    /// For « expected '-' » and « expected key », the parser's view of a key indented differently from
    /// the fields beside it (« lieu: » one space left of « code_insee: » in a list item): the first line up to
    /// the error whose indentation matches no open block, with the key it should line up with.
    /// </summary>
    public static (int Line, int Column, string Message)? MisalignedKey(YamlException ex, string text)
    {
        if (!ex.Message.Contains("did not find expected '-' indicator", StringComparison.OrdinalIgnoreCase)
            && !ex.Message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase))
            return null;
        var lines = text.Split('\n');
        var last = Math.Min((int)ex.Start.Line, lines.Length);
        // Open blocks: the column of their keys (0-based) and a key written there.
        var open = new List<(int Column, string Key, int Line)> { (0, "", 0) };
        var opensBlock = false;
        int? scalarBlock = null;
        for (var i = 0; i < last; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var content = line.TrimStart(' ');
            var column = line.Length - content.Length;
            if (content.Length == 0 || content.StartsWith('#')) continue;
            if (scalarBlock is { } blockColumn)
            {
                if (column > blockColumn) continue;
                scalarBlock = null;
            }
            if (content.StartsWith('\t') || content.StartsWith("---", StringComparison.Ordinal)) return null;
            var dash = content.StartsWith("- ", StringComparison.Ordinal) || content == "-";
            var key = KeyOf(dash ? content[2..].TrimStart(' ') : content);
            if (opensBlock && column > open[^1].Column)
            {
                open.Add((column, dash ? "-" : key ?? "", i + 1));
            }
            else
            {
                var sibling = open[^1];
                while (open.Count > 1 && open[^1].Column > column)
                {
                    sibling = open[^1];
                    open.RemoveAt(open.Count - 1);
                }
                // A key at the column of a list's « - » is out of the item, and no new field of the list's parent either.
                if (open[^1].Column != column || open[^1].Key == "-" && !dash)
                {
                    if (key is null || sibling.Key is "" or "-") return null;
                    return (i + 1, column + 1,
                        $"« {key} » est mal aligné : cette ligne commence à la colonne {column + 1}, alors que « {sibling.Key} » (ligne {sibling.Line}), "
                        + $"un champ du même groupe, commence à la colonne {sibling.Column + 1}. Mettez « {key}: » exactement sous « {sibling.Key}: » "
                        + $"({(column < sibling.Column ? $"ajoutez {sibling.Column - column}" : $"retirez {column - sibling.Column}")} espace{(Math.Abs(sibling.Column - column) > 1 ? "s" : "")} en début de ligne).");
                }
                if (key is not null && !dash) open[^1] = (column, key, i + 1);
            }
            var keyColumn = column;
            if (dash)
            {
                // « - date: … » opens the item's own block, at the column of its first key.
                keyColumn = column + 2 + (content.Length > 2 ? content[2..].Length - content[2..].TrimStart(' ').Length : 0);
                if (key is not null) open.Add((keyColumn, key, i + 1));
            }
            var value = key is null || content.EndsWith(':') ? "" : content[(content.IndexOf(": ", StringComparison.Ordinal) + 1)..].Trim();
            opensBlock = key is not null && value.Length == 0 || content == "-";
            if (key is not null && (value.StartsWith('|') || value.StartsWith('>'))) scalarBlock = keyColumn;
        }
        return null;
    }

    /// <summary>The key of « key: value » or « key: », null for a list value or text.</summary>
    private static string? KeyOf(string content)
    {
        if (content.StartsWith('"') || content.StartsWith('\'') || content.StartsWith('[') || content.StartsWith('{')) return null;
        var colon = content.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon + 1 < content.Length && content[colon + 1] != ' ') return null;
        var key = content[..colon];
        return key.Contains(' ', StringComparison.Ordinal) && key.Contains('#', StringComparison.Ordinal) ? null : key;
    }
}
