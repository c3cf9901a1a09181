using System.Diagnostics;
using System.Globalization;

namespace Relais.Benchmarks;

/// <summary>What one run of a program, as a child process of its own, cost.</summary>
public sealed record Measurement(TimeSpan Wall, TimeSpan Cpu, long PeakRssKiB, int ExitCode, string Output)
{
    public double PeakRssMiB => PeakRssKiB / 1024.0;

    /// <summary>The last non-empty line the program printed (its summary).</summary>
    public string LastLine => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
}

/// <summary>
/// Runs a program as a separate child process and measures it from outside: wall time, CPU time
/// (user + system) and peak resident set size. With GNU time (`/usr/bin/time`, Debian package
/// `time`) the figures are the kernel's own for the finished process (wait4's rusage: ru_maxrss);
/// without it, the child's /proc/PID/status VmHWM (the kernel's high-water mark of its resident
/// memory) and /proc/PID/stat CPU ticks are read every 10 ms until it exits, which misses at most
/// what it adds in its last 10 ms. RELAIS_BENCH_POLL=1 forces the second way (to check it against the first).
/// </summary>
public static class ChildRun
{
    private const string GnuTime = "/usr/bin/time";

    private static readonly bool HasGnuTime = File.Exists(GnuTime) && Environment.GetEnvironmentVariable("RELAIS_BENCH_POLL") != "1";

    public static string Method => HasGnuTime
        ? "GNU time (/usr/bin/time -f '%e %U %S %M': the kernel's wall, CPU and peak RSS of the finished child)"
        : "polling /proc/PID/status VmHWM and /proc/PID/stat every 10 ms (GNU time not installed — apt-get install time — or RELAIS_BENCH_POLL=1)";

    public static async Task<Measurement> RunAsync(string program, params string[] arguments)
    {
        if (!HasGnuTime) return await PollAsync(program, arguments);
        var stats = Path.GetTempFileName();
        try
        {
            var (exit, output) = await StartAsync(GnuTime, ["-o", stats, "-f", "%e %U %S %M", program, .. arguments], null);
            // GNU time writes "Command exited with non-zero status N" before the figures when the child failed.
            var figures = File.ReadAllLines(stats).Last().Split(' ');
            double F(int i) => double.Parse(figures[i], CultureInfo.InvariantCulture);
            return new Measurement(TimeSpan.FromSeconds(F(0)), TimeSpan.FromSeconds(F(1) + F(2)), long.Parse(figures[3], CultureInfo.InvariantCulture), exit, output);
        }
        finally
        {
            File.Delete(stats);
        }
    }

    private static async Task<Measurement> PollAsync(string program, string[] arguments)
    {
        long peak = 0, ticks = 0;
        var clock = Stopwatch.StartNew();
        var (exit, output) = await StartAsync(program, arguments, async process =>
        {
            while (!process.HasExited)
            {
                try
                {
                    var hwm = File.ReadLines($"/proc/{process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
                    if (hwm is not null) peak = Math.Max(peak, long.Parse(hwm.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture));
                    // Fields 14 and 15 of stat (after the name in parentheses): user and system time in clock ticks (100 a second on Linux).
                    var stat = File.ReadAllText($"/proc/{process.Id}/stat");
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    // Exited between HasExited and the read.
                }
                await Task.Delay(10);
            }
        });
        return new Measurement(clock.Elapsed, TimeSpan.FromSeconds(ticks / 100.0), peak, exit, output);
    }

    /// <summary>Starts the program, gathers what it prints (both streams), waits for it.</summary>
    private static async Task<(int Exit, string Output)> StartAsync(string program, string[] arguments, Func<Process, Task>? watch)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (watch is not null) await watch(process);
        await process.WaitForExitAsync();
        return (process.ExitCode, await stderr + await stdout);
    }
}
