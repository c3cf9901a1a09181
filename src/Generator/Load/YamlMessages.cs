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
}
