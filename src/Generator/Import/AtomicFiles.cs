using System.Text;

namespace Relais.Generator.Import;

/// <summary>
/// Writes a set of files so that a failure leaves none half-written: every file is first written
/// beside its target under a temporary name, and only when all are written are they renamed over
/// their targets (a rename within a folder is atomic). On failure the temporary files are removed.
/// </summary>
public static class AtomicFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string root, IReadOnlyList<PlannedFile> files)
    {
        var staged = new List<(string Temporary, string Target)>();
        try
        {
            foreach (var file in files)
            {
                var target = Path.Combine(root, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.import-tmp");
                File.WriteAllText(temporary, file.Text, Utf8);
                staged.Add((temporary, target));
            }
        }
        catch
        {
            foreach (var (temporary, _) in staged) File.Delete(temporary);
            throw;
        }
        foreach (var (temporary, target) in staged) File.Move(temporary, target, overwrite: true);
    }
}
