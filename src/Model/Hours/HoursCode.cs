using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Relais.Model.Hours;

/// <summary>
/// Opening hours as compact JSON for the browser's « ouvert maintenant »: the days from the build's
/// day (<see cref="OpeningHours.Today"/>) for <see cref="Days"/> days, already evaluated here by
/// <see cref="OpeningHours.On(DateOnly)"/>, so the script only looks a day up and never reads the
/// rules itself. <c>{"from":"2026-11-24","days":"0120…","spans":[[],[[840,1080]],[[0,1440,"sur rendez-vous"]]]}</c>:
/// one character per day, the index of its spans in <c>spans</c>; a span is [start, end] in minutes
/// since midnight when open, with a third item (the comment, or "") when unknown. The site is rebuilt
/// every night: eight weeks leave room for missed builds and for « ouvre mardi ».
/// </summary>
public static class HoursCode
{
    public const int Days = 56;

    private const string Digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    // A place is listed on dozens of commune pages: encode its hours once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<OpeningHours, string> Cache = new();

    public static string Encode(OpeningHours hours) => Cache.GetValue(hours, Compute);

    private static string Compute(OpeningHours hours)
    {
        var from = hours.Today ?? throw new InvalidOperationException("Opening hours are encoded for a build's day: resolve them first (OpeningHours.AsOf).");
        var kinds = new List<string>();
        var days = new StringBuilder();
        for (var i = 0; i < Days; i++)
        {
            var spans = Spans(hours.On(from.AddDays(i)));
            var index = kinds.IndexOf(spans);
            if (index < 0) { index = kinds.Count; kinds.Add(spans); }
            days.Append(Digits[index]);
        }
        return string.Create(CultureInfo.InvariantCulture, $"{{\"from\":\"{from:yyyy-MM-dd}\",\"days\":\"{days}\",\"spans\":[{string.Join(',', kinds)}]}}");
    }

    private static string Spans(IReadOnlyList<HoursSpan> spans) =>
        "[" + string.Join(',', spans.Select(s => s.State == HoursState.Unknown
            ? string.Create(CultureInfo.InvariantCulture, $"[{s.Start},{s.End},{JsonSerializer.Serialize(s.Comment ?? "")}]")
            : string.Create(CultureInfo.InvariantCulture, $"[{s.Start},{s.End}]"))) + "]";
}
