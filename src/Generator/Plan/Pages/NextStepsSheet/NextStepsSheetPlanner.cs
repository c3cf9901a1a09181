using Relais.Model;
using Relais.Model.French;
using Relais.Model.Pages;
using Relais.Model.Resolved;
using static Relais.Generator.Plan.PlanContext;

namespace Relais.Generator.Plan.Pages;

/// <summary>The A4 « après le bus » sheet handed out at the end of a visit.</summary>
public static class NextStepsSheetPlanner
{
    /// <summary>Three or four offers (what 14 pt type leaves room for on one A4 page): up to three places, workshops for the rest.</summary>
    private const int SheetPlaces = 3;

    private const int SheetItems = 4;

    /// <summary>Every visit that takes place has its sheet, past ones included (handed out late, or reprinted).</summary>
    public static bool HasSheet(VisitGroup group) => !group.Lead.IsCancelled;

    public static IEnumerable<PlannedPage> Plan(PlanContext context) =>
        context.Site.VisitGroups.Where(HasSheet).AsParallel().AsOrdered().Select(g => Sheet(context, g)).ToList();

    private static PlannedPage Sheet(PlanContext context, VisitGroup group)
    {
        var visit = group.Lead;
        var route = Routes.VisitSheet(visit);
        var steps = visit.NextSteps;
        var communeUrl = context.Frame.Absolute(Routes.Commune(visit.Commune));
        var meta = Meta($"Après le bus : vos prochaines étapes, {visit.Commune.Name}{(group.IsRecurring ? "" : $", {Fr.DateShort(visit.Stop.Date)}")}",
            $"Fiche à remettre après le passage du bus {Fr.At(visit.Commune.Name)} : les lieux d'aide et les ateliers les plus proches pour continuer.",
            route, [.. VisitCrumbs(group), new Link("Fiche « après le bus »", route)]) with { Prints = Routes.Visit(visit) };
        var places = steps.Places.Take(SheetPlaces).ToList();
        var workshops = steps.Workshops.Take(SheetItems - places.Count).ToList();
        var map = Map(visit.Location, visit.Commune.Name, places, "carte-suite");
        var qr = context.QrCodes.Svg(communeUrl, $"Code QR menant à la page {Fr.Of(visit.Commune.Name)} : {communeUrl.AbsoluteUri}");
        var model = new NextStepsSheetPageModel(meta, context.Frame, visit, places, workshops, map, qr, communeUrl, context.PdfOf(route))
        {
            FollowUp = group.IsPast ? context.Site.Coverage.FollowUp.Of(visit) : null,
        };
        return new(model, visit.Stop.Source)
        {
            Identity = PageIdentity.OfVisit("next-steps-sheet", group),
        };
    }
}
