using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Relais.Generator.Plan;
using Relais.Model;
using Relais.Model.Resolved;

namespace Relais.Generator.Cache;

/// <summary>
/// A page's cache key: a hash of its kind and of its model as JSON, in which each content record
/// (a place, a tour, a stop, a workshop, a page, a commune) is written as where it comes from and
/// the hash of that file, not field by field: the facts Resolve decided about it (distances, next
/// visits, states) are in the models around it, and are written in full. Same key, same page (with
/// the same program, date and site-wide files: see <see cref="InputFingerprint.SiteWide"/>).
/// </summary>
public sealed class PageKeys
{
    private readonly JsonSerializerOptions _json;

    public PageKeys(IReadOnlyDictionary<string, string> fileHashes, string siteWide)
    {
        SiteWide = siteWide;
        _json = new JsonSerializerOptions
        {
            // Value tuples (a department's communes and their places) hold their items in fields.
            IncludeFields = true,
            Converters =
            {
                new RecordOf<Place>(p => p.Source.File, fileHashes),
                new RecordOf<Tour>(t => t.Source.File, fileHashes),
                new RecordOf<Stop>(s => s.Source.File, fileHashes, s => $"{s.Source.Line}:{s.Source.Column}"),
                new RecordOf<StopSeries>(s => s.Source.File, fileHashes, s => $"{s.Source.Line}:{s.Source.Column}"),
                // The organiser's name and address are shown with the workshop: its file counts too.
                new RecordOf<Workshop>(w => w.Source.File, fileHashes, w => fileHashes.GetValueOrDefault(w.Organiser.Source.File, "?")),
                new RecordOf<InputPage>(p => p.Source.File, fileHashes),
                // A commune is a row of communes.csv, which is site-wide: its code says which.
                new RecordOf<Commune>(_ => null, fileHashes, c => c.Code.Value),
            },
        };
        // A visit is shown on a hundred commune pages around it: written once, its JSON is reused.
        _json.Converters.Add(new Once<Visit>(new JsonSerializerOptions(_json)));
    }

    public string SiteWide { get; }

    private readonly ThreadLocal<Scratch> _scratch = new(() => new Scratch());

    private sealed class Scratch
    {
        public readonly System.Buffers.ArrayBufferWriter<byte> Buffer = new(64 * 1024);
        public readonly Utf8JsonWriter Writer = new(System.IO.Stream.Null, new JsonWriterOptions { SkipValidation = true });
        public readonly IncrementalHash Hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    }

    /// <summary>Null when the model cannot be written as JSON: the page is then always rendered.</summary>
    public string? Of(PagePlan page)
    {
        // One buffer, writer and hash per thread, reused: a national build hashes 100,000 models.
        var scratch = _scratch.Value!;
        scratch.Buffer.ResetWrittenCount();
        scratch.Writer.Reset(scratch.Buffer);
        try
        {
            JsonSerializer.Serialize(scratch.Writer, page.Model, page.Model.GetType(), _json);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or JsonException)
        {
            return null;
        }
        scratch.Writer.Flush();
        scratch.Hash.AppendData(System.Text.Encoding.UTF8.GetBytes(SiteWide + "\n" + page.Kind.Name + "\n" + page.OutputPath + "\n"));
        scratch.Hash.AppendData(scratch.Buffer.WrittenSpan);
        return Convert.ToHexStringLower(scratch.Hash.GetHashAndReset())[..32];
    }

    /// <summary>Writes each instance as JSON once, with <paramref name="inner"/> (these options without this converter), then reuses the bytes.</summary>
    private sealed class Once<T>(JsonSerializerOptions inner) : JsonConverter<T> where T : class
    {
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<T, byte[]> _written = [];

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteRawValue(_written.GetValue(value, v => JsonSerializer.SerializeToUtf8Bytes(v, inner)), skipInputValidation: true);
    }

    private sealed class RecordOf<T>(Func<T, string?> file, IReadOnlyDictionary<string, string> hashes, Func<T, string>? detail = null) : JsonConverter<T>
        where T : class
    {
        // A place is on dozens of pages: its text is made once.
        private readonly System.Runtime.CompilerServices.ConditionalWeakTable<T, byte[]> _written = [];

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(_written.GetValue(value, v =>
            {
                var path = file(v);
                return System.Text.Encoding.UTF8.GetBytes($"{typeof(T).Name} {path} {(path is null ? "" : hashes.GetValueOrDefault(path, "?"))} {detail?.Invoke(v)}");
            }));
    }
}
