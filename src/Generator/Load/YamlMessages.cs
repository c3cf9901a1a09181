using YamlDotNet.Core;

namespace Relais.Generator.Load;

/// <summary>Turns YamlDotNet's English parser messages into advice an editor can act on.</summary>
internal static class YamlMessages
{
    private static readonly (string English, string French)[] Known =
    [
        ("did not find expected ',' or ']'", "une liste entre crochets n'est pas fermée : ajoutez « ] » en fin de ligne, ou mettez entre guillemets une valeur qui contient une virgule."),
        ("did not find expected ',' or '}'", "un groupe entre accolades n'est pas fermé : ajoutez « } » en fin de ligne."),
        ("did not find expected '-' indicator", "élément de liste mal aligné : les « - » d'une même liste doivent commencer à la même colonne."),
        ("did not find expected key", "clé attendue : vérifiez l'alignement (les champs d'un même niveau commencent à la même colonne) et qu'il ne manque pas « : »."),
        ("mapping values are not allowed in this context", "« : » inattendu : si la valeur contient « : », mettez-la entre guillemets, par exemple titre: \"Atelier : débuter\"."),
        ("found unexpected end of stream", "fin de fichier inattendue : un guillemet, un crochet ou une accolade n'est pas refermé."),
        ("found unknown escape character", "caractère d'échappement inconnu après « \\ » entre guillemets doubles : utilisez des guillemets simples ou doublez la barre « \\\\ »."),
        ("While scanning a quoted scalar", "un texte entre guillemets n'est pas refermé : ajoutez le guillemet final."),
        ("invalid mapping", "ligne mal alignée ou « : » manquant : chaque champ s'écrit « clé: valeur », aligné sur les autres."),
        ("found character that cannot start any token", "caractère qui ne peut pas commencer une valeur : mettez la valeur entre guillemets (par exemple si elle commence par « @ », « ` » ou « % »)."),
        ("Unknown alias", "référence « * » vers une ancre « & » qui n'existe pas."),
        ("block sequence entries are not allowed in this context", "une liste « - » ne peut pas suivre une valeur sur la même ligne : passez à la ligne après « : »."),
    ];

    public static string Translate(YamlException ex, string text)
    {
        var lineIndex = (int)ex.Start.Line - 1;
        var lines = text.Split('\n');
        if (lineIndex >= 0 && lineIndex < lines.Length && lines[lineIndex].TrimEnd('\r').TrimStart(' ').StartsWith('\t'))
            return "tabulation interdite dans l'indentation YAML : indentez avec des espaces.";
        foreach (var (english, french) in Known)
        {
            if (ex.Message.Contains(english, StringComparison.OrdinalIgnoreCase)) return french;
        }
        return $"syntaxe YAML invalide ({ex.Message}). Vérifiez l'alignement et les guillemets autour de cette position.";
    }
}
