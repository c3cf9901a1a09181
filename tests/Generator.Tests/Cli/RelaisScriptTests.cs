using System.Diagnostics;

namespace Relais.Generator.Tests.Cli;

/// <summary>
/// The repository's ./relais script: runs the built program at once, and builds it first only when
/// the code is newer. Run in a copy of its surroundings, with a stand-in `dotnet` that records the build.
/// </summary>
public sealed class RelaisScriptTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("relais-script-").FullName;

    private string Program => Path.Combine(folder, "src/Generator/bin/Release/net10.0/relais");

    private string BuildLog => Path.Combine(folder, "builds.log");

    public RelaisScriptTests()
    {
        if (OperatingSystem.IsWindows()) return;
        File.Copy(Path.Combine(Repository.Root, "relais"), Path.Combine(folder, "relais"));
        foreach (var file in new[] { "Directory.Packages.props", "Directory.Build.props", "global.json", "src/Generator/Program.cs", "theme/assets/site.css" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.WriteAllText(Path.Combine(folder, file), "");
            File.SetLastWriteTimeUtc(Path.Combine(folder, file), DateTime.UtcNow.AddHours(-1));
        }
        // The stand-in dotnet « builds » the program: a script saying how it was called.
        Directory.CreateDirectory(Path.Combine(folder, "tools"));
        Executable(Path.Combine(folder, "tools/dotnet"),
            $"#!/usr/bin/env bash\necho build >> '{BuildLog}'\nmkdir -p '{Path.GetDirectoryName(Program)}'\nprintf '#!/usr/bin/env bash\\necho \"programme $*\"\\n' > '{Program}'\nchmod +x '{Program}'\n");
        Executable(Path.Combine(folder, "relais"), null);
    }

    [Fact]
    public void First_run_builds_then_runs_the_program_with_its_arguments()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("./relais is a bash script: Windows runs relais.exe (README).");

        var output = Run("validate", "--today", "2026-11-24");

        Assert.Equal("programme validate --today 2026-11-24", output);
        Assert.Equal(1, Builds());
    }

    [Fact]
    public void Next_run_starts_the_program_without_building_until_the_code_changes()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("./relais is a bash script: Windows runs relais.exe (README).");
        Run("validate");

        Assert.Equal("programme validate", Run("validate"));
        Assert.Equal(1, Builds());

        // A file of the code newer than the program builds again
        var code = Path.Combine(folder, "src/Generator/Program.cs");
        File.SetLastWriteTimeUtc(Program, DateTime.UtcNow.AddMinutes(-5));
        File.SetLastWriteTimeUtc(code, DateTime.UtcNow.AddMinutes(-2));
        Run("validate");
        Assert.Equal(2, Builds());

        // while a newer file under obj/ alone does not
        File.SetLastWriteTimeUtc(Program, DateTime.UtcNow.AddMinutes(-5));
        File.SetLastWriteTimeUtc(code, DateTime.UtcNow.AddMinutes(-10));
        var restored = Path.Combine(folder, "src/Generator/obj/project.assets.json");
        Directory.CreateDirectory(Path.GetDirectoryName(restored)!);
        File.WriteAllText(restored, "");
        Run("validate");
        Assert.Equal(2, Builds());
    }

    private int Builds() => File.Exists(BuildLog) ? File.ReadAllLines(BuildLog).Length : 0;

    private string Run(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(folder, "relais")) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["PATH"] = Path.Combine(folder, "tools") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"./relais exited {process.ExitCode}: {error}");
        return output.Trim();
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void Executable(string path, string? text)
    {
        if (text is not null) File.WriteAllText(path, text);
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
