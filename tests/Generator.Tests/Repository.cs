namespace Relais.Generator.Tests;

/// <summary>The repository the tests run from, the shared data beside it, and the CI switch. Shared
/// with the browser tests (linked into their project).</summary>
public static class Repository
{
    /// <summary>The folder holding Relais.slnx, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The reference data of ../shared/data, absent on some machines.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    /// <summary>True in CI (.ci/run), where a test must fail rather than skip for want of a file or tool.</summary>
    public static bool IsCi => Environment.GetEnvironmentVariable("RELAIS_CI") == "1";

    /// <summary>Skips the test with <paramref name="reason"/>, except in CI where it fails.</summary>
    public static void SkipUnlessCi(string reason)
    {
        if (IsCi) Assert.Fail(reason + " (RELAIS_CI=1: required here)");
        Assert.Skip(reason);
    }

    /// <summary>The first of <paramref name="names"/> found as an executable file on PATH, or null.</summary>
    public static string? FindOnPath(params string[] names)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Relais.slnx"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Relais.slnx above {AppContext.BaseDirectory}: the tests must run from the repository.");
    }
}
