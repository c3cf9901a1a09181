using System.Collections.Concurrent;

namespace Relais.Generator.Write;

/// <summary>
/// Stage 6: writes the site into a staging folder beside the output and, only when the whole build
/// succeeded, commits it. A failed build leaves the previous output untouched. A file whose bytes
/// did not change is neither staged nor rewritten, so its date stays and deploy tools and browsers
/// see it unchanged; the commit moves the changed files in (each move atomic) and deletes the files
/// the site no longer has, so it costs what changed, not the size of the site.
/// A commit is journalled: before the first move, the list of the new site's files is written
/// beside the output (<c>output.commit</c>). A build killed while committing leaves that list, and
/// the next build finishes the commit before anything else (moves what is still staged, deletes
/// what the list does not name): the output is always the previous site, or the new one once its
/// commit began.
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
        if (File.Exists(Journal)) FinishInterruptedCommit();
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        Directory.CreateDirectory(_staging);
        _hasPrevious = Directory.Exists(_output);
    }

    public static SiteWriter Begin(string output) => new(output);

    /// <summary>Writes one file of the new site (path relative to the output, « / » separated). Thread-safe.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
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

    /// <summary>Keeps a file of the previous output as the new site's, unread (a page whose cache key did not
    /// change); false when the previous output does not have it. Thread-safe.</summary>
    public bool Keep(string relativePath)
    {
        if (!_hasPrevious || !File.Exists(Path.Combine(_output, relativePath))) return false;
        lock (_written)
        {
            if (!_written.Add(relativePath)) throw new InvalidOperationException($"{relativePath} is written twice.");
        }
        return true;
    }

    /// <summary>The files written or kept so far.</summary>
    public IReadOnlySet<string> Written
    {
        get
        {
            lock (_written) return _written.ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>The files written with new bytes (not kept, not the same as before).</summary>
    public IReadOnlySet<string> Changed => _changed.ToHashSet(StringComparer.Ordinal);

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
        var temporary = Journal + ".tmp";
        File.WriteAllLines(temporary, _written.Order(StringComparer.Ordinal));
        File.Move(temporary, Journal, overwrite: true);
        var removed = Apply(_written);
        _finished = true;
        return new WriteReport(changed, unchanged, removed);
    }

    private string Journal => _output + ".commit";

    /// <summary>Moves every staged file into the output, deletes the output's files the new site does
    /// not have, then the staging folder and the journal. Safe to run again after a kill: moved files
    /// are no longer staged, deleted ones no longer there.</summary>
    private int Apply(IReadOnlySet<string> site)
    {
        if (Directory.Exists(_staging))
        {
            foreach (var staged in Directory.EnumerateFiles(_staging, "*", SearchOption.AllDirectories).ToList())
            {
                var target = Path.Combine(_output, Path.GetRelativePath(_staging, staged));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(staged, target, overwrite: true);
            }
        }
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories).ToList())
        {
            if (site.Contains(Path.GetRelativePath(_output, file).Replace('\\', '/'))) continue;
            File.Delete(file);
            removed++;
        }
        if (removed > 0) DeleteEmptyFolders(_output);
        if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        File.Delete(Journal);
        return removed;
    }

    private void FinishInterruptedCommit()
    {
        Directory.CreateDirectory(_output);
        Apply(File.ReadAllLines(Journal).ToHashSet(StringComparer.Ordinal));
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

    private static bool SameBytes(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}

public sealed record WriteReport(int Written, int Unchanged, int Removed);
