using System.CommandLine;
using Relais.Generator.Scaffold;

namespace Relais.Generator.Cli;

/// <summary>
/// `new lieu | tournee | atelier | arret`: writes a content file (or adds a stop to a tour) from a few
/// answers, asked in French on the terminal or given as flags, then checks it with the validator.
/// Exit codes: 0 written (warnings allowed), 1 written but with errors left to fix, 2 nothing written
/// (a missing or wrong answer, an existing file, the same stop already there).
/// </summary>
public static class NewCommand
{
    public static Command Create() => Create(Terminal.System);

    /// <param name="terminal">Where answers are read, taken when the command runs.</param>
    public static Command Create(Func<Terminal> terminal)
    {
        var command = new Command("new", "Crée un fichier de contenu (lieu, tournée, série d'ateliers) ou ajoute un passage à une tournée, puis le vérifie. "
            + "Les questions sont posées une à une sur le terminal ; chaque paramètre y répond d'avance. Quand l'entrée n'est pas un terminal (un script), "
            + "rien n'est demandé : les réponses obligatoires doivent toutes être en paramètres.");
        command.Subcommands.Add(Kind("lieu", "Crée content/lieux/<nom>.yml, un lieu d'aide : nom, commune, adresse, téléphone, services, horaires (questions sur le terminal, ou paramètres).",
            NewPlace.Questions, NewPlace.Ask, (site, a, output, error) => NewFiles.CreateAndCheck(site, a.Path, NewPlace.Text(a, site.Today), output, error), terminal,
            "Nouveau lieu"));
        command.Subcommands.Add(Kind("tournee", "Crée content/tournees/<nom>.yml, un bus et ses séances types, sans passage : ajoutez-les avec « new arret » (questions sur le terminal, ou paramètres).",
            NewTour.Questions, NewTour.Ask, (site, a, output, error) => NewFiles.CreateAndCheck(site, a.Path, NewTour.Text(a, site.Today), output, error), terminal,
            "Nouvelle tournée"));
        command.Subcommands.Add(Kind("atelier", "Crée content/ateliers/<titre>.md, une série d'ateliers d'un lieu du site : salle, commune, niveau, places, séances, frais (questions sur le terminal, ou paramètres).",
            NewWorkshop.Questions, NewWorkshop.Ask, (site, a, output, error) => NewFiles.CreateAndCheck(site, a.Path, NewWorkshop.Text(a, site.Today), output, error), terminal,
            "Nouvelle série d'ateliers"));
        command.Subcommands.Add(Kind("arret", "Ajoute un passage (une date, ou un passage régulier) à une tournée existante, sans toucher aux autres lignes du fichier (questions sur le terminal, ou paramètres).",
            NewStop.Questions, NewStop.Ask, (site, a, output, _) => NewStop.Write(site, a, output), terminal,
            "Nouveau passage du bus"));
        return command;
    }

    /// <summary>Runs `new …` on these arguments (« lieu --nom … »), reading answers from <paramref name="terminal"/>: the command line as tests drive it.</summary>
    public static int Run(string[] args, Terminal terminal, TextWriter output, TextWriter error)
    {
        var root = new RootCommand { Create(() => terminal) };
        FrenchCommandLine.Apply(root);
        var parse = root.Parse(["new", .. args]);
        if (parse.Errors.Count > 0 && parse.Action is not FrenchCommandLine.FrenchHelpAction)
        {
            foreach (var message in FrenchCommandLine.Errors(parse)) error.WriteLine($"erreur : {message}");
            return ExitCodes.UsageError;
        }
        return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = output, Error = error });
    }

    private static Command Kind<T>(
        string name, string description, IReadOnlyList<Question> questions, Func<Interview, ScaffoldSite, T?> ask,
        Func<ScaffoldSite, T, TextWriter, TextWriter, int> write, Func<Terminal> terminal, string title) where T : class
    {
        var rootOption = CommonOptions.Root();
        var today = CommonOptions.Today();
        var command = new Command(name, description);
        var options = questions.Select(q => (Question: q, Option: Option(q))).ToList();
        foreach (var (_, option) in options) command.Options.Add(option);
        command.Options.Add(rootOption);
        command.Options.Add(today);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var flags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (question, option) in options)
            {
                if (parse.GetResult(option) is { Tokens.Count: > 0 } result) flags[question.Flag] = string.Join("; ", result.Tokens.Select(t => t.Value));
            }
            var site = ScaffoldSite.Open(parse.GetValue(rootOption), parse.GetValue(today), output, error, out var exitCode);
            return site is null ? exitCode : Answer(site, flags, terminal(), ask, write, title, output, error);
        });
        return command;
    }

    private static Option Option(Question question)
    {
        var description = question.Hint + (question.IsList ? " ; peut être répété" : "") + (question.Required ? " (obligatoire : demandé s'il manque)" : "");
        return question.IsList
            ? new Option<string[]>(question.Flag) { Description = description, HelpName = question.Value }
            : new Option<string>(question.Flag) { Description = description, HelpName = question.Value };
    }

    /// <summary>Flags first, without asking; then, if answers are missing and someone is at the terminal, the questions.</summary>
    private static int Answer<T>(
        ScaffoldSite site, Dictionary<string, string> flags, Terminal terminal, Func<Interview, ScaffoldSite, T?> ask,
        Func<ScaffoldSite, T, TextWriter, TextWriter, int> write, string title, TextWriter output, TextWriter error) where T : class
    {
        var dry = Interview.Dry(flags);
        var answers = ask(dry, site);
        if (dry.Errors.Count > 0) return Refuse(dry.Errors, error);
        if (answers is null)
        {
            if (!terminal.Interactive)
            {
                error.WriteLine("erreur : des réponses obligatoires manquent, et la commande ne peut pas les demander (l'entrée n'est pas un terminal). Ajoutez :");
                foreach (var missing in dry.Missing) error.WriteLine($"  {missing}");
                error.WriteLine("Rien n'a été écrit.");
                return ExitCodes.UsageError;
            }
            output.WriteLine($"{title} : répondez aux questions (Entrée seule passe une question facultative ou prend la valeur entre crochets ; Ctrl+C abandonne sans rien écrire).");
            var asking = Interview.Asking(flags, terminal.Input, output);
            answers = ask(asking, site);
            if (asking.Errors.Count > 0) return Refuse(asking.Errors, error);
            if (answers is null)
            {
                error.WriteLine("erreur : réponses interrompues avant la fin : rien n'a été écrit.");
                return ExitCodes.UsageError;
            }
        }
        return write(site, answers, output, error);
    }

    private static int Refuse(IReadOnlyList<string> errors, TextWriter error)
    {
        foreach (var message in errors) error.WriteLine($"erreur : {message}");
        error.WriteLine("Rien n'a été écrit.");
        return ExitCodes.UsageError;
    }
}
