using System.CommandLine;
using System.Text.RegularExpressions;
using Relais.Generator.Cli;

namespace Relais.Generator.Tests.Cli;

/// <summary>
/// The GitHub workflows can only be run on GitHub: here they are read as YAML, and every call of the
/// generator in them is parsed by the real command line, so that a renamed command or option fails
/// here rather than on an editor's pull request.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly string[] AllowedActions =
        ["actions/checkout", "actions/setup-dotnet", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"];

    private static readonly IReadOnlyList<WorkflowFile> Workflows = WorkflowFile.All();

    private static WorkflowFile Workflow(string name) => Assert.Single(Workflows, w => w.Name == name);

    [GeneratedRegex(@"^(?<action>[\w.-]+/[\w.-]+)@v\d+$")]
    private static partial Regex PinnedAction();

    /// <summary>What the real command line says of a call: nothing when it is a valid one.</summary>
    private static IReadOnlyList<string> Problems(RootCommand commandLine, WorkflowFile.Invocation invocation) =>
        FrenchCommandLine.Errors(commandLine.Parse(invocation.Arguments.ToArray())).ToList();

    private static IEnumerable<WorkflowFile.Invocation> Calls(WorkflowFile workflow, string command) =>
        workflow.Invocations().Where(i => i.Arguments.Count > 0 && i.Arguments[0] == command);

    [Fact]
    public void Both_workflows_are_there_and_every_step_is_a_script_or_an_official_action_at_a_major_version()
    {
        Assert.Equal(["pull-request.yml", "site.yml"], Workflows.Select(w => w.Name));
        Assert.All(Workflows.SelectMany(w => w.Steps.Select(s => (w.Name, s))), pair =>
        {
            var (file, step) = pair;
            Assert.True(step.Uses is null != step.Run is null, $"{file}, step « {step.Name} »: one of uses: or run:");
            if (step.Uses is null) return;
            var match = PinnedAction().Match(step.Uses);
            Assert.True(match.Success, $"{file}, step « {step.Name} »: « {step.Uses} » is not owner/name@vN");
            Assert.Contains(match.Groups["action"].Value, AllowedActions);
        });
    }

    [Fact]
    public void Every_call_of_relais_in_a_workflow_is_a_command_and_options_that_exist()
    {
        var commandLine = CommandLine.Create();
        var calls = Workflows.SelectMany(w => w.Invocations().Select(i => (w.Name, i))).ToList();

        Assert.True(calls.Count >= 5, string.Join('\n', calls));
        var dead = calls.Select(c => (c.Name, c.i, Problems: Problems(commandLine, c.i))).Where(c => c.Problems.Count > 0)
            .Select(c => $"{c.Name}: {c.i} is not a valid call: {string.Join(" ", c.Problems)}").ToList();
        Assert.True(dead.Count == 0, string.Join('\n', dead));
    }

    [Fact]
    public void A_dead_step_is_caught_a_misspelt_option_an_unknown_command_or_a_missing_value()
    {
        // The checks above are only as good as the reading of the scripts: here, calls that must fail.
        var workflow = WorkflowFile.Parse("dead.yml", """
            on: pull_request
            jobs:
              check:
                steps:
                  - name: A
                    run: |
                      sudo apt-get update
                      relais validate --formt github
                  - name: B
                    run: relais verifier && echo ok
                  - name: C
                    run: if true; then relais build --output; fi
                  - name: D
                    run: relais build --format "github" --resume "$GITHUB_STEP_SUMMARY" || { echo "::error::relais a échoué"; exit 1; }
            """);
        var commandLine = CommandLine.Create();

        var calls = workflow.Invocations().ToList();

        Assert.Equal(["validate --formt github", "verifier", "build --output", "build --format github --resume $GITHUB_STEP_SUMMARY"], calls.Select(c => string.Join(' ', c.Arguments)));
        Assert.Contains("paramètre « --formt » inconnu pour relais validate.", Problems(commandLine, calls[0])[0], StringComparison.Ordinal);
        Assert.Contains("« verifier » : commande ou valeur inattendue pour relais.", Problems(commandLine, calls[1])[0], StringComparison.Ordinal);
        Assert.Contains("--output : valeur manquante", Problems(commandLine, calls[2])[0], StringComparison.Ordinal);
        Assert.Empty(Problems(commandLine, calls[3]));
    }

    [Fact]
    public void The_pull_request_check_annotates_builds_with_a_summary_and_compares_addresses_with_the_base_branch()
    {
        var workflow = Workflow("pull-request.yml");

        Assert.Equal("pull_request", Assert.Single(((YamlDotNet.RepresentationModel.YamlMappingNode)WorkflowFile.Child(workflow.Root, "on")!).Children).Key.ToString());
        Assert.Contains(Calls(workflow, "validate"), c => c.Arguments.SequenceEqual(["validate", "--format", "github"]));
        Assert.Contains(Calls(workflow, "build"), c => c.Arguments.SequenceEqual(["build", "--resume", "$GITHUB_STEP_SUMMARY"]));
        var baseCheckout = Assert.Single(workflow.Steps, s => s.Uses?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true && s.With.ContainsKey("ref"));
        Assert.Equal("${{ github.event.pull_request.base.sha }}", baseCheckout.With["ref"]);
        Assert.Equal("base", baseCheckout.With["path"]);
        Assert.Contains(Calls(workflow, "build"), c => c.Arguments.SequenceEqual(["build", "--root", "base", "--output", "base-site"]));
        Assert.Contains(Calls(workflow, "adresses"), c => c.Arguments.SequenceEqual(["adresses", "--avant", "base-site/adresses.json"]));
        // Validation first, then the build, then the addresses (the last needs both builds).
        var order = workflow.Steps.Select((s, i) => (s, i)).Where(p => p.s.Run?.Contains("relais ", StringComparison.Ordinal) == true).Select(p => p.s.Run!).ToList();
        Assert.StartsWith("relais validate", order[0], StringComparison.Ordinal);
        Assert.Contains("relais adresses", order[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_site_is_built_with_its_pdfs_on_the_real_date_every_night_and_output_is_deployed()
    {
        var workflow = Workflow("site.yml");
        var on = WorkflowFile.Child(workflow.Root, "on");

        Assert.Equal("main", WorkflowFile.Text(((YamlDotNet.RepresentationModel.YamlSequenceNode)WorkflowFile.Child(WorkflowFile.Child(on, "push"), "branches")!).Children[0]));
        Assert.NotNull(WorkflowFile.Child(on, "workflow_dispatch"));
        var cron = WorkflowFile.Text(WorkflowFile.Child(((YamlDotNet.RepresentationModel.YamlSequenceNode)WorkflowFile.Child(on, "schedule")!).Children[0], "cron"));
        Assert.Equal("30 4 * * *", cron);
        var build = Assert.Single(Calls(workflow, "build"));
        Assert.Contains("--pdf", build.Arguments);
        Assert.DoesNotContain("--today", build.Arguments);
        var upload = Assert.Single(workflow.Steps, s => s.Uses?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("output", upload.With["path"].TrimEnd('/'));
        var deploy = Assert.Single(workflow.Steps, s => s.Uses?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
        Assert.NotEqual(upload.Job, deploy.Job);
        var permissions = WorkflowFile.Child(workflow.Root, "permissions");
        Assert.Equal("write", WorkflowFile.Text(WorkflowFile.Child(permissions, "pages")));
        Assert.Equal("write", WorkflowFile.Text(WorkflowFile.Child(permissions, "id-token")));
        Assert.NotNull(WorkflowFile.Child(WorkflowFile.Child(workflow.Root, "concurrency"), "group"));
    }

    [Fact]
    public void Both_install_dotnet_from_global_json_with_the_nuget_cache_and_run_the_built_program_not_dotnet_run()
    {
        Assert.All(Workflows, workflow =>
        {
            var setup = Assert.Single(workflow.Steps, s => s.Uses?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);
            Assert.Equal("global.json", setup.With["global-json-file"]);
            Assert.Equal("true", setup.With["cache"]);
            Assert.True(File.Exists(Path.Combine(Repository.Root, setup.With["cache-dependency-path"])), setup.With["cache-dependency-path"]);
            Assert.DoesNotContain(workflow.Steps, s => s.Run?.Contains("dotnet run", StringComparison.Ordinal) == true);
            var prepare = Assert.Single(workflow.Steps, s => s.Run?.Contains("dotnet build -c Release src/Generator", StringComparison.Ordinal) == true);
            Assert.Contains("src/Generator/bin/Release/net10.0\" >> \"$GITHUB_PATH\"", prepare.Run, StringComparison.Ordinal);
        });
    }
}
