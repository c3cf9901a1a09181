using System.Collections.Concurrent;

namespace Relais.Generator.Write;

/// <summary>
/// Stage 6: writes the site into a staging folder beside the output and, only when the whole build
/// succeeded, commits it. A failed build leaves the previous output untouched. A file whose bytes
/// did not change is neither staged nor rewritten, so its date stays and deploy tools and browsers
/// see it unchanged; the commit moves the changed files in (each move atomic) and deletes the files
/// the site no longer has, so it costs what changed, not the size of the site.
/// </summary>
public sealed class SiteWriter : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _changed = [];
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private readonly bool _hasPrevious;
    private bool _finished;

    private SiteWriter(string output)
    {
        _output = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        _staging = _output + ".staging";
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        Directory.CreateDirectory(_staging);
        _hasPrevious = Directory.Exists(_output);
    }

    public static SiteWriter Begin(string output) => new(output);

    /// <summary>Writes one file of the new site (path relative to the output, « / » separated). Thread-safe.</summary>
    public void Write(string relativePath, byte[] bytes)
    {
        lock (_written)
        {
            if (!_written.Add(relativePath)) throw new InvalidOperationException($"{relativePath} is written twice.");
        }
        if (_hasPrevious && SameBytes(Path.Combine(_output, relativePath), bytes)) return;
        var path = Path.Combine(_staging, relativePath);
        EnsureFolder(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        _changed.Add(relativePath);
    }

    /// <summary>The bytes of a file of the new site, written or kept from the previous output (for PDF printing).</summary>
    public byte[]? ReadBack(string relativePath)
    {
        lock (_written)
        {
            if (!_written.Contains(relativePath)) return null;
        }
        var staged = Path.Combine(_staging, relativePath);
        return File.Exists(staged) ? File.ReadAllBytes(staged) : File.ReadAllBytes(Path.Combine(_output, relativePath));
    }

    /// <summary>Makes the new site the output; returns how many files changed, stayed the same, went away.</summary>
    public WriteReport Commit()
    {
        var changed = _changed.Count;
        var unchanged = _written.Count - changed;
        if (!_hasPrevious)
        {
            Directory.Move(_staging, _output);
            _finished = true;
            return new WriteReport(changed, unchanged, 0);
        }
        foreach (var relative in _changed)
        {
            var target = Path.Combine(_output, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Path.Combine(_staging, relative), target, overwrite: true);
        }
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories).ToList())
        {
            if (_written.Contains(Path.GetRelativePath(_output, file).Replace('\\', '/'))) continue;
            File.Delete(file);
            removed++;
        }
        if (removed > 0) DeleteEmptyFolders(_output);
        Directory.Delete(_staging, recursive: true);
        _finished = true;
        return new WriteReport(changed, unchanged, removed);
    }

    /// <summary>Drops the staging folder; the previous output stays as it was.</summary>
    public void Dispose()
    {
        if (!_finished && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        _finished = true;
    }

    /// <summary>Creates a folder once: a site has far fewer folders than files.</summary>
    private void EnsureFolder(string folder) => _folders.GetOrAdd(folder, f => Directory.CreateDirectory(f).Exists);

    private static void DeleteEmptyFolders(string folder)
    {
        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            DeleteEmptyFolders(child);
            if (!Directory.EnumerateFileSystemEntries(child).Any()) Directory.Delete(child);
        }
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}

public sealed record WriteReport(int Written, int Unchanged, int Removed);
