using System.Security.Cryptography;
using System.Text;
using Relais.Generator.Load;

namespace Relais.Generator.Cache;

/// <summary>
/// One hash for everything a build's result depends on: the generator and theme (their assemblies'
/// build identities), every file of statiq.json, content/ and input/ (paths and bytes), the date the
/// site is built for, and the build's options. Equal fingerprints, equal sites.
/// </summary>
public static class InputFingerprint
{
    public static string Of(string root, DateOnly today, params string[] options)
    {
        var files = InputFiles(root);
        var hashes = new byte[files.Count][];
        // Reading and hashing some 30,000 small files: two threads halve it.
        Parallel.For(0, files.Count, i => hashes[i] = SHA256.HashData(File.ReadAllBytes(Path.Combine(root, files[i]))));
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            all.AppendData(Encoding.UTF8.GetBytes(text));
            all.AppendData([0]);
        }
        Add(Generator());
        Add(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var option in options) Add(option);
        for (var i = 0; i < files.Count; i++)
        {
            Add(files[i]);
            all.AppendData(hashes[i]);
        }
        return Convert.ToHexStringLower(all.GetHashAndReset());
    }

    /// <summary>The program's identity: a rebuilt generator or theme (a deterministic build changes it only when the code changed) makes a new site.</summary>
    public static string Generator() =>
        string.Join(",", new[] { typeof(InputFingerprint), typeof(Theme.ThemeAssets), typeof(Model.Commune) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N")));

    /// <summary>Every file the build may read, relative, « / » separated, in ordinal order.</summary>
    private static List<string> InputFiles(string root)
    {
        var files = new List<string>();
        if (File.Exists(Path.Combine(root, ContentLayout.Settings))) files.Add(ContentLayout.Settings);
        foreach (var folder in new[] { ContentLayout.ContentFolder, ContentLayout.Pages })
        {
            var directory = Path.Combine(root, folder);
            if (!Directory.Exists(directory)) continue;
            files.AddRange(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')));
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
