namespace Relais.Generator.Write;

/// <summary>
/// Stage 6: writes the site into a staging folder beside the output and, only when the whole build
/// succeeded, swaps it in. A failed build leaves the previous output untouched. A file whose bytes
/// did not change is not rewritten: the previous copy is moved into the new output, keeping its
/// date, so deploy tools and browsers see it unchanged.
/// </summary>
public sealed class SiteWriter : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private readonly List<string> _unchanged = [];
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
        if (_hasPrevious && SameBytes(Path.Combine(_output, relativePath), bytes))
        {
            // Kept as it is: moved into the new output at commit time.
            lock (_unchanged) _unchanged.Add(relativePath);
            return;
        }
        var path = Path.Combine(_staging, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
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
        foreach (var relative in _unchanged)
        {
            var staged = Path.Combine(_staging, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
            File.Move(Path.Combine(_output, relative), staged);
        }
        var removed = Directory.Exists(_output)
            ? Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories).Count(f => !_written.Contains(Path.GetRelativePath(_output, f).Replace('\\', '/')))
            : 0;
        var old = _output + ".old";
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(_output)) Directory.Move(_output, old);
        Directory.Move(_staging, _output);
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        _finished = true;
        return new WriteReport(_written.Count - _unchanged.Count, _unchanged.Count, removed);
    }

    /// <summary>Drops the staging folder; the previous output stays as it was.</summary>
    public void Dispose()
    {
        if (!_finished && Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true);
        _finished = true;
    }

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}

public sealed record WriteReport(int Written, int Unchanged, int Removed);
