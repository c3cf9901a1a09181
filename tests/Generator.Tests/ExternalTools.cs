using System.Diagnostics;
using Relais.Generator.Render;

namespace Relais.Generator.Tests;

/// <summary>The programs some tests need beside .NET: Chromium for the PDFs, poppler-utils to read them, Node.js for the npm readers.</summary>
public static class ExternalTools
{
    /// <summary>The Chromium the build would use (RELAIS_CHROMIUM or the usual system paths), or null.</summary>
    public static string? Chromium => PdfPrinter.FindChromium();

    /// <summary>Skips (fails in CI) unless Chromium and each named program are there, saying which is missing.</summary>
    public static void Require(bool chromium, params string[] programs)
    {
        var missing = new List<string>();
        if (chromium && Chromium is null) missing.Add("Chromium (Debian package chromium, or RELAIS_CHROMIUM)");
        missing.AddRange(programs.Where(p => Repository.FindOnPath(p) is null).Select(p => $"{p} (Debian package poppler-utils)"));
        if (missing.Count > 0) Repository.SkipUnlessCi($"Needs {string.Join(" and ", missing)}, not found on this machine");
    }

    /// <summary>Skips (fails in CI) unless Node.js is on PATH.</summary>
    public static void RequireNode()
    {
        if (Repository.FindOnPath("node") is null) Repository.SkipUnlessCi("Needs node (Debian package nodejs), not found on this machine");
    }

    /// <summary>Runs a program to the end; its standard output as bytes, its errors as text.</summary>
    public static async Task<(int ExitCode, byte[] Output, string Error)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(Repository.FindOnPath(program) ?? program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output, TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await copy;
        return (process.ExitCode, output.ToArray(), await error);
    }
}
