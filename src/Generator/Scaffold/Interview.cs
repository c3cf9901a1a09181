namespace Relais.Generator.Scaffold;

/// <summary>Reads one answer: its value, or a French reason why it is not one.</summary>
public delegate bool AnswerReader<T>(string text, out T value, out string error);

/// <summary>One question of `new`: its flag, how it is put on the terminal, whether it needs an answer.</summary>
/// <param name="Hint">Said after the flag in the list of missing flags, e.g. « nom ou code INSEE ».</param>
/// <param name="Default">The answer taken when none is given (an empty line, or no flag): the question is then never missing.</param>
/// <param name="Help">Lines printed before the prompt (numbered choices).</param>
/// <param name="Value">What the flag takes, in the command's help (« --nom TEXTE »).</param>
/// <param name="IsList">The flag may be given several times, each value one item.</param>
/// <param name="EmptyMeans">What an empty answer to an optional question does, in the prompt (« passer » unless said).</param>
public sealed record Question(
    string Flag, string Prompt, string Hint, bool Required = false, string? Default = null, IReadOnlyList<string>? Help = null,
    string Value = "TEXTE", bool IsList = false, string? EmptyMeans = null);

/// <summary>
/// The answers of one `new` command. It runs first without a person (<see cref="Dry"/>): flags and
/// defaults only, collecting what is missing and what is wrong. When something is missing and a person
/// is at the terminal, it runs again and asks each question whose flag was not given; a required one
/// is asked until answered, an optional one takes an empty line as « no answer ».
/// </summary>
public sealed class Interview
{
    private readonly IReadOnlyDictionary<string, string> _flags;
    private readonly TextReader? _input;
    private readonly TextWriter _output;
    private readonly List<string> _missing = [];
    private readonly List<string> _errors = [];
    private bool _ended;

    private Interview(IReadOnlyDictionary<string, string> flags, TextReader? input, TextWriter output)
    {
        _flags = flags;
        _input = input;
        _output = output;
    }

    /// <summary>Flags and defaults only: nothing is read from the terminal.</summary>
    public static Interview Dry(IReadOnlyDictionary<string, string> flags) => new(flags, null, TextWriter.Null);

    public static Interview Asking(IReadOnlyDictionary<string, string> flags, TextReader input, TextWriter output) => new(flags, input, output);

    public bool IsAsking => _input is not null;

    /// <summary>« --nom : nom du lieu », one per required answer that no flag gave (dry run only).</summary>
    public IReadOnlyList<string> Missing => _missing;

    /// <summary>Wrong flags, and reasons to stop (a file that exists, a tour that does not).</summary>
    public IReadOnlyList<string> Errors => _errors;

    /// <summary>The terminal's input ended before every required question was answered.</summary>
    public bool Interrupted { get; private set; }

    /// <summary>False once an error or an interruption makes the answers useless: the questions that follow are skipped.</summary>
    public bool CanGoOn => _errors.Count == 0 && !Interrupted;

    public bool Has(string flag) => _flags.ContainsKey(flag);

    /// <summary>Stops the interview with this French message (the command then exits with 2).</summary>
    public void Fail(string message) => _errors.Add(message);

    /// <summary>A line for the person at the terminal; nothing in a dry run.</summary>
    public void Say(string line) => _output.WriteLine(line);

    /// <summary>A yes-or-no choice that has no flag of its own (the flags given already decide it): asked only of a person.</summary>
    public bool Confirm(string prompt, bool byDefault)
    {
        if (_input is null || !CanGoOn) return byDefault;
        while (true)
        {
            _output.Write($"{prompt} (oui/non) [{(byDefault ? "oui" : "non")}] : ");
            var line = _ended ? null : _input.ReadLine();
            if (line is null)
            {
                if (!_ended) _output.WriteLine();
                _ended = true;
                return byDefault;
            }
            switch (line.Trim().ToLowerInvariant())
            {
                case "": return byDefault;
                case "oui" or "o" or "yes" or "y": return true;
                case "non" or "n" or "no": return false;
            }
            _output.WriteLine("  Répondez oui ou non.");
        }
    }

    /// <summary>The answer to <paramref name="question"/>, false when there is none (optional, missing, wrong).</summary>
    public bool Ask<T>(Question question, AnswerReader<T> read, out T value)
    {
        value = default!;
        if (!CanGoOn) return false;
        if (_flags.TryGetValue(question.Flag, out var given))
        {
            if (read(given, out value, out var error)) return true;
            _errors.Add($"{question.Flag} « {given} » : {error}");
            return false;
        }
        if (_input is null)
        {
            if (question.Default is { } byDefault) return read(byDefault, out value, out _);
            if (question.Required) _missing.Add($"{question.Flag} : {question.Hint}");
            return false;
        }
        foreach (var help in question.Help ?? []) _output.WriteLine(help);
        while (true)
        {
            var suffix = question.Default is { } shown ? $" [{shown}]" : question.Required ? "" : $" (Entrée : {question.EmptyMeans ?? "passer"})";
            _output.Write($"{question.Prompt}{suffix} : ");
            var line = _ended ? null : _input.ReadLine();
            if (line is null)
            {
                // The input ended (Ctrl+D): the questions left take their default or go unanswered; a required one cannot.
                if (!_ended) _output.WriteLine();
                _ended = true;
                if (question.Default is { } byDefault) return read(byDefault, out value, out _);
                Interrupted = question.Required;
                return false;
            }
            var text = line.Trim();
            if (text.Length == 0)
            {
                if (question.Default is { } taken) return read(taken, out value, out _);
                if (!question.Required) return false;
                _output.WriteLine("  Cette réponse est nécessaire.");
                continue;
            }
            if (read(text, out value, out var error)) return true;
            _output.WriteLine($"  {error}");
        }
    }
}
