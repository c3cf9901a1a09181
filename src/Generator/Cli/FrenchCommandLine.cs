using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Relais.Generator.Cli;

/// <summary>
/// Every word the command line prints is French. System.CommandLine 2.0 ships a French resource that
/// leaves half of its help and every parse error in English (« Show help and usage information »,
/// « [default: Text] », « Option '--depuis' is required. »): its help is replaced by ours, typed
/// values are parsed by our parsers, and each parse error is said again in French from what it is about.
/// </summary>
public static class FrenchCommandLine
{
    private const int FirstColumnWidth = 34;

    /// <summary>Our help on every command, « --aide » beside « --help », no English version option.</summary>
    public static void Apply(Command command)
    {
        foreach (var option in command.Options.ToList())
        {
            if (option is HelpOption help)
            {
                help.Description = "Affiche cette aide";
                help.Aliases.Add("--aide");
                help.Action = new FrenchHelpAction();
            }
            else if (option is VersionOption)
            {
                command.Options.Remove(option);
            }
        }
        foreach (var sub in command.Subcommands) Apply(sub);
    }

    /// <summary>An option whose value is one of a few lower-case words, with a French error for any other.</summary>
    public static Option<T> Choice<T>(string name, string description, T defaultValue, params (string Word, T Value)[] words)
    {
        var option = new Option<T>(name)
        {
            Description = $"{description} (par défaut : {words.First(w => EqualityComparer<T>.Default.Equals(w.Value, defaultValue)).Word})",
            HelpName = string.Join('|', Shown(words)),
            DefaultValueFactory = _ => defaultValue,
        };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            foreach (var (word, value) in words)
            {
                if (string.Equals(word, text.Trim(), StringComparison.OrdinalIgnoreCase)) return value;
            }
            result.AddError($"{name} « {text} » : valeur inconnue. Valeurs possibles : {string.Join(", ", Shown(words))}, par exemple « {name} {Shown(words).Last()} ».");
            return defaultValue;
        };
        return option;
    }

    /// <summary>The first word of each value: later ones are old spellings still accepted (« text »).</summary>
    private static IEnumerable<string> Shown<T>((string Word, T Value)[] words) => words.DistinctBy(w => w.Value).Select(w => w.Word);

    /// <summary>A whole number option (a port…), with a French error.</summary>
    public static Option<int> Number(string name, string description, int defaultValue, int min, int max)
    {
        var option = new Option<int>(name) { Description = $"{description} (par défaut : {defaultValue})", HelpName = "NOMBRE", DefaultValueFactory = _ => defaultValue };
        option.CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            result.AddError($"{name} « {text} » : écrivez un nombre entier de {min} à {max}, par exemple {name} {defaultValue}.");
            return defaultValue;
        };
        return option;
    }

    /// <summary>A required option, checked by us: the library's check says « Option '…' is required. ».</summary>
    public static void Require(Command command, Option option, string example)
    {
        option.Description += " (obligatoire)";
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is null)
                result.AddError($"{option.Name} manque : la commande {command.Name} en a besoin, par exemple « {command.Name} {option.Name} {example} ».");
        });
    }

    /// <summary>The parse errors in French, one a line; any message we did not write is said without its English.</summary>
    public static IEnumerable<string> Errors(ParseResult parse)
    {
        var said = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in parse.Errors)
        {
            var french = Translate(error, parse);
            if (said.Add(french)) yield return french;
        }
    }

    private static string Translate(ParseError error, ParseResult parse)
    {
        // Ours (custom parsers, validators) are already French: they name the option with « ».
        if (error.Message.Contains('«', StringComparison.Ordinal) || error.Message.Contains("manque", StringComparison.Ordinal)) return error.Message;
        var command = parse.CommandResult.Command;
        switch (error.SymbolResult)
        {
            case OptionResult option when option.Tokens.Count == 0:
                return $"{option.Option.Name} : valeur manquante, écrivez-la juste après (par exemple {option.Option.Name} {option.Option.HelpName ?? "VALEUR"}).";
            case OptionResult option:
                return $"{option.Option.Name} : une seule valeur est attendue, pas {string.Join(" ", option.Tokens.Select(t => t.Value))}.";
            case ArgumentResult argument when argument.Tokens.Count == 0:
            case CommandResult when command.Arguments.Count > 0 && parse.GetResult(command.Arguments[0]) is not { Tokens.Count: > 0 }:
                var name = command.Arguments.Count > 0 ? command.Arguments[0].Name : "VALEUR";
                return $"{command.Name} : indiquez {name}, par exemple « {command.Name} {name} ».";
        }
        if (parse.UnmatchedTokens.Count > 0)
        {
            var token = parse.UnmatchedTokens[0];
            var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Concat(command.Subcommands.Select(c => c.Name)).Distinct().ToList();
            var hint = Validate.Suggest.Nearest(token, known) is { } nearest ? $" Vouliez-vous dire « {nearest} » ?" : "";
            return token.StartsWith('-')
                ? $"paramètre « {token} » inconnu pour {CommandPath(command)}.{hint}"
                : $"« {token} » : commande ou valeur inattendue pour {CommandPath(command)}.{hint}";
        }
        return $"ligne de commande incorrecte pour {CommandPath(command)} (« {string.Join(" ", parse.Tokens.Select(t => t.Value))} »).";
    }

    /// <summary>« relais new lieu »: a subcommand is named with its parents.</summary>
    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (var c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault()) names.Insert(0, c.Name);
        return string.Join(' ', names.Prepend("relais"));
    }

    /// <summary>Writes the help of a command, in French.</summary>
    public static void WriteHelp(Command command, TextWriter output)
    {
        output.WriteLine("Description :");
        output.WriteLine($"  {command.Description}");
        output.WriteLine();
        output.WriteLine("Utilisation :");
        var arguments = string.Concat(command.Arguments.Select(a => $" <{a.Name}>"));
        var subcommands = command.Subcommands.Count > 0 ? " [sous-commande]" : "";
        output.WriteLine($"  {CommandPath(command)}{subcommands}{arguments} [paramètres]");
        if (command.Arguments.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Valeurs :");
            foreach (var argument in command.Arguments) Row(output, $"<{argument.Name}>", argument.Description ?? "");
        }
        output.WriteLine();
        output.WriteLine("Paramètres :");
        foreach (var option in command.Options.Where(o => !o.Hidden && o is not HelpOption))
        {
            var names = string.Join(", ", option.Aliases.Prepend(option.Name).Distinct().OrderBy(n => n.StartsWith("--", StringComparison.Ordinal) ? 1 : 0).ThenBy(n => n.Length));
            var value = option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool) ? "" : $" <{option.HelpName ?? "VALEUR"}>";
            Row(output, names + value, option.Description + (option.Required ? " (obligatoire)" : ""));
        }
        // The root's help option applies to every command; its « /h » and « /? » spellings are left unsaid.
        Row(output, "-h, -?, --help, --aide", "Affiche cette aide");
        if (command.Subcommands.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Sous-commandes :");
            foreach (var sub in command.Subcommands.Where(c => !c.Hidden)) Row(output, sub.Name, sub.Description ?? "");
            output.WriteLine();
            output.WriteLine($"Aide d'une sous-commande : {CommandPath(command)} SOUS-COMMANDE --aide");
        }
    }

    private static void Row(TextWriter output, string first, string second) =>
        output.WriteLine(first.Length < FirstColumnWidth - 2 ? $"  {first.PadRight(FirstColumnWidth - 2)}{second}" : $"  {first}\n  {new string(' ', FirstColumnWidth - 2)}{second}");

    internal sealed class FrenchHelpAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            WriteHelp(parseResult.CommandResult.Command, parseResult.InvocationConfiguration.Output);
            return ExitCodes.Ok;
        }
    }
}
