using System.Diagnostics;

namespace Relais.Generator.Tests.Cli;

/// <summary>Runs the real program, « dotnet relais.dll », as an editor or CI would.</summary>
public static class RelaisProcess
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    /// <summary>relais.dll is copied beside the test assembly; a plain build of the generator also has it.</summary>
    public static string Assembly { get; } = Find();

    public static Task<Result> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs with these environment variables set for the child process only (the test process keeps its own).</summary>
    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // What an editor sees: no debugging details.
        start.Environment.Remove("RELAIS_DEBUG");
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        // A guard against a hung process, not a measure of speed.
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>The program under test: copied beside the test assembly by the project reference.</summary>
    private static string Find()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "relais.dll");
        return File.Exists(beside) ? beside : throw new InvalidOperationException($"relais.dll is not in {AppContext.BaseDirectory}: build the solution first.");
    }
}
