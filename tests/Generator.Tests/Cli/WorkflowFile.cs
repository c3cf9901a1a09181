using System.Text;
using YamlDotNet.RepresentationModel;

namespace Relais.Generator.Tests.Cli;

/// <summary>
/// A GitHub Actions workflow read as YAML: its triggers, its jobs' steps (« uses: » and « run: »), and
/// in each « run: » script every call of the generator, « relais … », as the words the shell passes it.
/// </summary>
public sealed class WorkflowFile
{
    public sealed record Step(string Job, string Name, string? Uses, IReadOnlyDictionary<string, string> With, string? Run);

    /// <summary>One call of the tool: the words after « relais », and the step it is in.</summary>
    public sealed record Invocation(Step Step, IReadOnlyList<string> Arguments)
    {
        public override string ToString() => $"« relais {string.Join(' ', Arguments)} » (step « {Step.Name} » of job {Step.Job})";
    }

    private WorkflowFile(string name, YamlMappingNode root, IReadOnlyList<Step> steps)
    {
        Name = name;
        Root = root;
        Steps = steps;
    }

    public string Name { get; }

    public YamlMappingNode Root { get; }

    public IReadOnlyList<Step> Steps { get; }

    /// <summary>Every .github/workflows/*.yml of the repository.</summary>
    public static IReadOnlyList<WorkflowFile> All() =>
        Directory.GetFiles(Path.Combine(Repository.Root, ".github", "workflows"), "*.yml").Order(StringComparer.Ordinal)
            .Select(path => Parse(Path.GetFileName(path), File.ReadAllText(path))).ToList();

    public static WorkflowFile Parse(string name, string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var steps = new List<Step>();
        foreach (var (jobName, job) in ((YamlMappingNode)root["jobs"]).Children)
        {
            if (Child(job, "steps") is not YamlSequenceNode sequence) continue;
            foreach (var node in sequence.Children.Cast<YamlMappingNode>())
            {
                var with = Child(node, "with") is YamlMappingNode w
                    ? w.Children.ToDictionary(p => Text(p.Key)!, p => Text(p.Value) ?? "", StringComparer.Ordinal)
                    : new Dictionary<string, string>(StringComparer.Ordinal);
                var uses = Text(Child(node, "uses"));
                steps.Add(new Step(Text(jobName)!, Text(Child(node, "name")) ?? uses ?? "?", uses, with, Text(Child(node, "run"))));
            }
        }
        return new WorkflowFile(name, root, steps);
    }

    /// <summary>A key of a mapping, or null (« on: » stays the string « on »: the representation model resolves no booleans).</summary>
    public static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static string? Text(YamlNode? node) => (node as YamlScalarNode)?.Value;

    public IEnumerable<Invocation> Invocations() =>
        Steps.Where(s => s.Run is not null).SelectMany(s => Commands(s.Run!).Where(IsRelais).Select(words => new Invocation(s, words.Skip(1).ToList())));

    /// <summary>« relais », or a path to it (« src/Generator/bin/Release/net10.0/relais »).</summary>
    private static bool IsRelais(IReadOnlyList<string> words) => words.Count > 0 && (words[0] == "relais" || words[0].EndsWith("/relais", StringComparison.Ordinal));

    /// <summary>
    /// The simple commands of a script, each as its words with quotes removed: split at « ; », « && »,
    /// « || », « | », line ends and braces; a shell keyword (if, then, do…) or « dotnet » before a
    /// command is dropped. Enough for the scripts of a workflow, not a shell.
    /// </summary>
    public static IEnumerable<IReadOnlyList<string>> Commands(string script)
    {
        var words = new List<string>();
        foreach (var token in Tokens(script.Replace("\\\n", " ", StringComparison.Ordinal)))
        {
            if (token is ";" or "&&" or "||" or "|" or "\n" or "{" or "}" or "(" or ")")
            {
                if (words.Count > 0) yield return words;
                words = [];
            }
            else if (words.Count == 0 && token is "if" or "then" or "else" or "elif" or "fi" or "do" or "done" or "while" or "!" or "dotnet" or "time" or "exec")
            {
                continue;
            }
            else
            {
                words.Add(token);
            }
        }
        if (words.Count > 0) yield return words;
    }

    private static IEnumerable<string> Tokens(string script)
    {
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < script.Length; i++)
        {
            var c = script[i];
            if (c is '\'' or '"')
            {
                var end = script.IndexOf(c, i + 1);
                if (end < 0) end = script.Length;
                word.Append(script, i + 1, end - i - 1);
                inWord = true;
                i = end;
            }
            else if (c == '#' && !inWord)
            {
                while (i + 1 < script.Length && script[i + 1] != '\n') i++;
            }
            else if (c is ' ' or '\t' or '\n' or ';' or '|' or '&' or '{' or '}' or '(' or ')')
            {
                if (inWord) yield return word.ToString();
                word.Clear();
                inWord = false;
                if (c is ' ' or '\t') continue;
                var doubled = (c is '|' or '&') && i + 1 < script.Length && script[i + 1] == c;
                if (c == '&' && !doubled) continue;
                yield return doubled ? new string(c, 2) : c.ToString();
                if (doubled) i++;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }
        if (inWord) yield return word.ToString();
    }
}
