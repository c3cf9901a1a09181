using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Tests.SampleSite;
using Relais.Generator.Validate;
using Relais.Generator.Validate.Fields;
using YamlDotNet.RepresentationModel;

namespace Relais.Generator.Tests.Integration;

/// <summary>
/// A passing validation is a promise, checked on the whole build with broken input (Hugo's TestE
/// style): for each mistake written into a copy of the sample, the build command ends with 0 or 1,
/// never an exception (exit 3); 1 comes with at least one error; 0 leaves no content file, stop or
/// commune without its page. Builds run in parallel; a build that fails stops after validation.
/// </summary>
public sealed partial class MistypedContentBuildTests
{
    /// <summary>Whole builds per sample file, from the same kind of random mistakes as <see cref="MistypedContentTests"/>.</summary>
    private const int BuildsPerFile = 4;

    /// <summary>How a required value is emptied: a list of nothing, an empty and a blank text.</summary>
    private static readonly string[] EmptyForms = ["[]", "\"\"", "\"   \""];

    [GeneratedRegex(@"^(?<file>[^\s:][^:]*):(?<line>\d+):(?<column>\d+): erreur (?<code>OFF\d{4}): (?:(?:\d+(?:er|re|e) [^(,:]+ \((?<item>[^)]+)\), )*(?:\d+(?:er|re|e) [^(,:]+ \((?<item>[^)]+)\)(?: : |, ))?(?:champ « (?<field>[^»]+) » : )?)", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    public static TheoryData<string> SampleFiles => MistypedContentTests.SampleFiles;

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task A_mistyped_sample_file_fails_with_an_error_or_builds_every_page(string file)
    {
        // Given the file mistyped a few times, the same way on every run (another seed than the validation test's)
        var text = File.ReadAllText(Path.Combine(Repository.Root, file));
        var random = new Random(file.Length * 104729 + text.Length);
        var mistakes = Enumerable.Range(0, BuildsPerFile).Select(_ => MistypedContentTests.Mistype(text, random)).ToList();

        // When each copy of the sample is built, then: exit 1 with an error, or 0 with every page
        var failures = await BuildEach(mistakes, file, (_, _) => null);

        Assert.True(failures.IsEmpty, string.Join("\n\n", failures));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public async Task Emptying_a_required_value_fails_the_build_with_an_error_naming_it(string file)
    {
        // Given each value of the file that must not be empty, emptied in each way (in some files and list items: in one)
        var text = File.ReadAllText(Path.Combine(Repository.Root, file));
        var targets = file == ContentLayout.Communes ? CommuneCells(text) : Values(file, text, spec => spec.MustHoldValue);
        var mutations = targets.SelectMany(target => target.Empty(text)).ToList();
        Assert.NotEmpty(mutations);

        // When each copy of the sample is built
        var failures = await BuildEach(mutations.Select(m => m.Text).ToList(), file, (i, outcome) =>
        {
            // Then it fails, with an error on that field of that file
            var (field, _) = mutations[i];
            if (outcome.ExitCode != 1) return $"exit {outcome.ExitCode} where an error on « {field} » was expected";
            return outcome.Errors.Any(e => e.File == file && e.Field == field) ? null : $"no error on « {field} » in {file}";
        });

        Assert.True(failures.IsEmpty, string.Join("\n\n", failures));
    }

    /// <summary>The sample files with a list that is not required.</summary>
    public static TheoryData<string> FilesWithOptionalLists =>
        [.. MistypedContentTests.Files.Where(f => OptionalLists(f, File.ReadAllText(Path.Combine(Repository.Root, f))).Any())];

    [Theory]
    [MemberData(nameof(FilesWithOptionalLists))]
    public async Task Emptying_every_optional_list_of_a_file_at_once_keeps_the_promise(string file)
    {
        // Given every list of single values of the file that is not required (a stop's own sessions
        // included) written « [] », all in one build; and, in another, those allowed empty alone
        var text = File.ReadAllText(Path.Combine(Repository.Root, file));
        var lists = OptionalLists(file, text).ToList();
        // Edited from the end, each edit leaves the positions of those before it unchanged.
        string Emptied(IEnumerable<Target> targets) => targets.OrderByDescending(l => l.Start).Aggregate(text, (edited, list) => list.Write(edited, "[]"));
        var allowed = lists.Where(l => l.Spec is { MustHoldValue: false }).ToList();
        var texts = new[] { Emptied(lists), Emptied(allowed) }.Distinct().ToList();

        // When each copy of the sample is built, then: exit 1 with an error, or 0 with every page;
        // and 0 when only lists allowed empty are: the pages cope with them
        var failures = await BuildEach(texts, file, (i, outcome) => texts[i] == Emptied(allowed) && outcome.ExitCode != 0 ? $"exit {outcome.ExitCode}:\n{outcome.Stdout}" : null);

        Assert.True(failures.IsEmpty, string.Join("\n\n", failures));
    }

    private static IEnumerable<Target> OptionalLists(string file, string text) =>
        file == ContentLayout.Communes ? [] : Values(file, text, spec => spec is { Type: FieldType.List, Required: false, Items.Type: not FieldType.Object });

    private sealed record Error(string File, string? Field);

    /// <summary>The field path back from « 5e passage (arrets[4]), champ « statut » » (FieldLabel).</summary>
    private static string? Field(Match m)
    {
        var item = m.Groups["item"].Success ? m.Groups["item"].Captures[^1].Value : null;
        var field = m.Groups["field"].Success ? m.Groups["field"].Value : null;
        return item is null ? field : field is null ? item : $"{item}.{field}";
    }

    private sealed record Outcome(int ExitCode, string Stdout, IReadOnlyList<Error> Errors);

    /// <summary>Builds a copy of the sample per text given to <paramref name="file"/>; returns what broke the promise,
    /// or what <paramref name="expect"/> (given the text's index) says was not as expected.</summary>
    private static async Task<ConcurrentBag<string>> BuildEach(IReadOnlyList<string> texts, string file, Func<int, Outcome, string?> expect)
    {
        var failures = new ConcurrentBag<string>();
        var original = File.ReadAllText(Path.Combine(Repository.Root, file));
        // One copy of the sample per worker, the file put back after each build: copying the sample for each costs more than building it.
        var sites = new ConcurrentBag<TestSite>(Enumerable.Range(0, Math.Min(texts.Count, Environment.ProcessorCount)).Select(_ => TestSite.FromSample()));
        try
        {
            await Parallel.ForAsync(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = sites.Count }, async (i, _) =>
            {
                Assert.True(sites.TryTake(out var site));
                try
                {
                    site.WriteFile(file, texts[i]);
                    var problem = await Build(site) is { } outcome ? Promise(site, outcome) ?? expect(i, outcome) : null;
                    if (problem is not null) failures.Add($"{file} written as below: {problem}\n---\n{texts[i]}\n---");
                }
                finally
                {
                    site.WriteFile(file, original);
                    if (Directory.Exists(site.Output)) Directory.Delete(site.Output, recursive: true);
                    sites.Add(site);
                }
            });
        }
        finally
        {
            foreach (var site in sites) site.Dispose();
        }
        return failures;

        async Task<Outcome?> Build(TestSite site)
        {
            try
            {
                var (exit, stdout, _) = await Sample.BuildAsync(site.Root, site.Output);
                var errors = ErrorLine().Matches(stdout).Select(m => new Error(m.Groups["file"].Value, Field(m))).ToList();
                return new Outcome(exit, stdout, errors);
            }
            catch (Exception ex)
            {
                // The command line would exit with 3.
                failures.Add($"{file}: the build threw (exit 3) {ex}\n---\n{site.ReadFile(file)}\n---");
                return null;
            }
        }
    }

    /// <summary>Exit 0 or 1; 1 with an error; 0 with a page for every file, stop and commune.</summary>
    private static string? Promise(TestSite site, Outcome outcome) => outcome.ExitCode switch
    {
        1 when outcome.Errors.Count == 0 => $"exit 1 without an error:\n{outcome.Stdout}",
        1 => null,
        0 => MissingPages(site) is { Count: > 0 } missing ? $"built without {string.Join(", ", missing)}:\n{outcome.Stdout}" : null,
        var other => $"exit {other}:\n{outcome.Stdout}",
    };

    /// <summary>The pages the content files call for, read from the files (not by the generator), that the output lacks.</summary>
    private static List<string> MissingPages(TestSite site)
    {
        var files = Sample.Files(site.Output).ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        void Expect(string page)
        {
            if (!files.Contains(page)) missing.Add(page);
        }
        string Slug(string path) => Path.GetFileNameWithoutExtension(path);
        IEnumerable<string> In(string folder) => Directory.EnumerateFiles(Path.Combine(site.Root, folder)).Order(StringComparer.Ordinal);

        foreach (var place in In(ContentLayout.Places)) Expect($"lieux/{Slug(place)}/index.html");
        foreach (var workshop in In(ContentLayout.Workshops)) Expect($"ateliers/{Slug(workshop)}/index.html");
        foreach (var page in In(ContentLayout.Pages)) Expect($"{Slug(page)}/index.html");
        foreach (var tour in In(ContentLayout.Tours))
        {
            Expect($"bus/{Slug(tour)}/index.html");
            var stopPages = files.Where(f => Regex.IsMatch(f, $"^bus/{Slug(tour)}/[^/]+/index\\.html$")).ToList();
            var (dates, recurringCommunes) = StopPages(File.ReadAllText(tour));
            foreach (var date in dates.Where(d => !stopPages.Any(p => p.StartsWith($"bus/{Slug(tour)}/{d}-", StringComparison.Ordinal))))
                missing.Add($"bus/{Slug(tour)}/{date}-…/index.html");
            // A recurring stop has one page per commune, whatever its number of dates.
            var expected = dates.Count + recurringCommunes;
            if (stopPages.Count != expected) missing.Add($"{expected} pages of stops of {Slug(tour)} (there are {stopPages.Count})");
        }
        foreach (var row in File.ReadAllLines(Path.Combine(site.Root, ContentLayout.Communes)).Skip(1).Where(l => l.Trim().Length > 0))
        {
            var code = row.Split(',')[0].Trim().Trim('"');
            if (!files.Any(f => Regex.IsMatch(f, $"^communes/[a-z0-9-]+-{Regex.Escape(code)}/index\\.html$"))) missing.Add($"communes/…-{code}/index.html");
        }
        return missing;
    }

    /// <summary>The dates of the one-off stops, and the number of communes with recurring stops.</summary>
    private static (List<string> Dates, int RecurringCommunes) StopPages(string tourText)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(tourText));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        if (!root.Children.TryGetValue(new YamlScalarNode("arrets"), out var stops)) return ([], 0);
        var items = ((YamlSequenceNode)stops).Children.Cast<YamlMappingNode>().ToList();
        string Value(YamlMappingNode s, string key) => ((YamlScalarNode)s.Children[new YamlScalarNode(key)]).Value!.Trim();
        var dated = items.Where(s => s.Children.ContainsKey(new YamlScalarNode("date"))).ToList();
        return (dated.Select(s => Value(s, "date")).ToList(), items.Except(dated).Select(s => Value(s, "code_insee")).Distinct().Count());
    }

    /// <summary>A value of a file, where it starts, and how to write another in its place (the text, the new value).</summary>
    private sealed record Target(string Field, FieldSpec? Spec, int Start, Func<string, string, string> Write, IReadOnlyList<string> Forms)
    {
        public IEnumerable<(string Field, string Text)> Empty(string text) => Forms.Select(form => (Field, Write(text, form)));
    }

    /// <summary>The file's values whose spec is <paramref name="selected"/>, found with the content model on the file as loaded.</summary>
    private static IEnumerable<Target> Values(string file, string text, Func<FieldSpec, bool> selected)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = LoadContent.Run(Repository.Root, diagnostics);
        var (files, specs) = Path.GetDirectoryName(file)!.Replace('\\', '/') switch
        {
            ContentLayout.Places => (loaded.Places, PlaceFields.All),
            ContentLayout.Tours => (loaded.Tours, TourFields.All),
            ContentLayout.Workshops => (loaded.Workshops, WorkshopFields.All),
            ContentLayout.Pages => (loaded.Pages, PageFields.All),
            _ => ([loaded.Settings], SettingsFields.All),
        };
        // The three ways in the first and the last file of a folder, one (in turn) in the others: each
        // way is tried on every field, each field in every file, and the set stays quick to build.
        var at = files.ToList().FindIndex(f => f.Path == file);
        IReadOnlyList<string> forms = at == 0 || at == files.Count - 1 ? EmptyForms : [EmptyForms[at % EmptyForms.Length]];
        var targets = new List<Target>();
        Walk((RawMap)files[at].Data!, specs, selected, null, forms, new LineIndex(text), targets);
        return targets;
    }

    /// <param name="forms">The ways to empty each value here: all three, or one for list items between the first and the last.</param>
    private static void Walk(RawMap map, IReadOnlyList<FieldSpec> specs, Func<FieldSpec, bool> selected, string? path, IReadOnlyList<string> forms, LineIndex lines, List<Target> targets)
    {
        foreach (var spec in specs)
        {
            if (map.Entries.FirstOrDefault(e => e.Key.Value == spec.Key) is not { } entry) continue;
            var field = path is null ? spec.Key : $"{path}.{spec.Key}";
            if (selected(spec))
            {
                var (start, end, prefix) = lines.ValueExtent(entry);
                targets.Add(new Target(field, spec, start, (text, form) => string.Concat(text.AsSpan(0, start), prefix, form, text.AsSpan(end)), forms));
            }
            if (spec.Type == FieldType.Object && entry.Value is RawMap group) Walk(group, spec.Fields, selected, field, forms, lines, targets);
            if (spec.Type == FieldType.List && spec.Items!.Type == FieldType.Object && entry.Value is RawList list)
            {
                // Every item, as some write fields others do not (a stop's own sessions); the three ways on the first and the last only.
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var itemForms = i == 0 || i == list.Items.Count - 1 ? forms : [forms[i % forms.Count]];
                    if (list.Items[i] is RawMap item) Walk(item, spec.Items.Fields, selected, $"{field}[{i}]", itemForms, lines, targets);
                }
            }
        }
    }

    /// <summary>The cells of every column but population, in the first and the last row, emptied or blanked.</summary>
    private static IEnumerable<Target> CommuneCells(string text)
    {
        var lines = text.Split('\n');
        var header = lines[0].Split(',');
        var rows = Enumerable.Range(1, lines.Length - 1).Where(i => lines[i].Trim().Length > 0).ToList();
        foreach (var row in new[] { rows[0], rows[^1] })
        {
            foreach (var column in BindCommunes.Columns.Where(c => c != "population"))
            {
                var at = Array.IndexOf(header, column);
                yield return new Target(column, null, 0, (_, form) =>
                {
                    var cells = lines[row].Split(',');
                    cells[at] = form;
                    var edited = lines.ToArray();
                    edited[row] = string.Join(',', cells);
                    return string.Join('\n', edited);
                }, ["", "   "]);
            }
        }
    }

    /// <summary>Offsets of a text's lines, to turn the loader's positions into places to edit.</summary>
    private sealed class LineIndex(string text)
    {
        private readonly int[] _starts = [0, .. text.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1)];

        private int Offset(int line, int column) => _starts[line - 1] + column - 1;

        /// <summary>Where an entry's value is written, and what to write before the empty value that replaces it.</summary>
        public (int Start, int End, string Prefix) ValueExtent(RawEntry entry)
        {
            var value = entry.Value.Span;
            var start = Offset(value.Line, value.Column);
            if (entry.Value is RawScalar && value.Line == value.EndLine) return (start, Offset(value.EndLine, value.EndColumn), "");
            if (text[start] is '[' or '{') return (start, MatchingBracket(start) + 1, "");
            // A block list or text: the lines below the key indented deeper than it.
            var afterKey = text.IndexOf(':', Offset(entry.Key.Span.EndLine, entry.Key.Span.EndColumn)) + 1;
            var indent = entry.Key.Span.Column - 1;
            var end = text.IndexOf('\n', afterKey) is var eol and >= 0 ? eol : text.Length;
            while (end < text.Length)
            {
                var next = text.IndexOf('\n', end + 1) is var n and >= 0 ? n : text.Length;
                var line = text[(end + 1)..next];
                if (line.Trim().Length > 0 && line.Length - line.TrimStart().Length <= indent) break;
                end = next;
            }
            return (afterKey, end, " ");
        }

        private int MatchingBracket(int open)
        {
            var depth = 0;
            char? quote = null;
            var previous = ' ';
            for (var i = open; i < text.Length; i++)
            {
                var c = text[i];
                if (quote is { } q)
                {
                    if (c == '\\' && q == '"') i++;
                    else if (c == q) quote = null;
                }
                // A quote opens a value only where one starts (« d'Indre » is plain text).
                else if (c is '"' or '\'' && previous is '[' or '{' or ',' or ':') quote = c;
                else if (c is '[' or '{') depth++;
                else if (c is ']' or '}' && --depth == 0) return i;
                if (!char.IsWhiteSpace(c)) previous = c;
            }
            throw new InvalidOperationException($"No closing bracket for the one at {open}");
        }
    }
}
