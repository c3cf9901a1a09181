using Relais.Generator.Interop;
using Relais.Model;
using Relais.Model.French;

namespace Relais.Generator.Outputs;

/// <summary>The Atom feed of bus visits added or changed, newest change first.</summary>
public static class VisitsFeed
{
    public static void Write(OutputContext context, OutputSink sink)
    {
        var (site, frame) = (context.Site, context.Frame);
        var zone = site.Settings.TimeZone;
        // One entry per page: a recurring stop is announced once, with its next date.
        var announced = site.VisitGroups.Select(g => g.Lead)
            .Where(v => v.UpdatedOn is not null)
            .OrderByDescending(v => v.UpdatedOn).ThenBy(v => v.Stop.Date).ThenBy(v => v.Tour.Slug, StringComparer.Ordinal)
            .Select(v => new FeedEntry(
                frame.Absolute(Routes.Visit(v)),
                $"{v.Tour.Name} {Fr.At(v.Commune.Name)}, {(v.Stop.Series is { } series ? SeriesText.Rule(series) : Fr.Date(v.Stop.Date))}{(v.IsCancelled ? " : annulé" : "")}",
                frame.Absolute(Routes.Visit(v)),
                LocalTime.At(v.UpdatedOn!.Value, TimeOnly.MinValue, zone),
                v.IsCancelled
                    ? $"Passage annulé : {v.Stop.CancellationReason}."
                    : $"{Fr.DateCapitalized(v.Stop.Date)}, {Fr.Ranges(v.Stop.Sessions)}, {v.Stop.Spot} {Fr.At(v.Commune.Name)}. {v.Stop.Theme}",
                v.Tour.Operator))
            .ToList();
        var latest = announced.Count > 0 ? announced.Max(e => e.Updated) : LocalTime.At(site.Today, TimeOnly.MinValue, zone);
        sink.Text(Routes.VisitsFeed, AtomFeed.Write($"{site.Settings.Title} : passages du bus numérique", frame.Absolute(Routes.VisitsFeed), frame.Absolute(Routes.Home), announced, latest));
    }
}
