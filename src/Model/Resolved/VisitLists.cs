namespace Relais.Model.Resolved;

public static class VisitLists
{
    /// <summary>One item per visit page, in order: a recurring stop's dates show as the first of them.</summary>
    public static IEnumerable<T> OnePerPage<T>(this IEnumerable<T> items, Func<T, Visit> visitOf) =>
        items.DistinctBy(x => (visitOf(x).Tour.Slug, visitOf(x).Slug));

    public static IEnumerable<Visit> OnePerPage(this IEnumerable<Visit> visits) => visits.OnePerPage(v => v);
}
