using System.Security.Cryptography;
using System.Text;
using Relais.Generator.Load;

namespace Relais.Generator.Cache;

/// <summary>
/// One hash for everything a build's result depends on: the generator and theme (their assemblies'
/// build identities), every file of statiq.json, content/ and input/ (paths and bytes), the date the
/// site is built for, and the build's options. Equal fingerprints, equal sites.
/// </summary>
public sealed record InputFingerprint(string Whole, string SiteWide, IReadOnlyDictionary<string, string> FileHashes)
{
    public static InputFingerprint Of(string root, DateOnly today, params string[] options)
    {
        var files = InputFiles(root);
        var hashes = new byte[files.Count][];
        // Reading and hashing some 30,000 small files: two threads halve it.
        Parallel.For(0, files.Count, i => hashes[i] = SHA256.HashData(File.ReadAllBytes(Path.Combine(root, files[i]))));
        using var whole = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var siteWide = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text, bool toSiteWide = true)
        {
            var bytes = Encoding.UTF8.GetBytes(text + "\0");
            whole.AppendData(bytes);
            if (toSiteWide) siteWide.AppendData(bytes);
        }
        Add(Generator());
        Add(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var option in options) Add(option);
        var byFile = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            var hex = Convert.ToHexStringLower(hashes[i]);
            byFile[files[i]] = hex;
            Add(files[i] + " " + hex, !IsRecordFile(files[i]));
        }
        return new InputFingerprint(Convert.ToHexStringLower(whole.GetHashAndReset()), Convert.ToHexStringLower(siteWide.GetHashAndReset()), byFile);
    }

    /// <summary>A file that holds one record (a place, a tour, a workshop, a page): a page's cache key names it
    /// by its hash where the page shows it (see <see cref="PageKeys"/>). Every other input concerns every page.</summary>
    private static bool IsRecordFile(string path) =>
        (path.StartsWith(ContentLayout.Places + "/", StringComparison.Ordinal) || path.StartsWith(ContentLayout.Tours + "/", StringComparison.Ordinal)
            || path.StartsWith(ContentLayout.Workshops + "/", StringComparison.Ordinal) || path.StartsWith(ContentLayout.Pages + "/", StringComparison.Ordinal))
        && Path.GetExtension(path) is ".yml" or ".yaml" or ".md";

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
