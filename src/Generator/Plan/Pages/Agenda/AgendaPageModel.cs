using Relais.Model.Resolved;

namespace Relais.Model.Pages;

/// <summary>One line of the agenda: a bus visit or a workshop session.</summary>
public sealed record AgendaEntry(DateOnly Date, string Title, string Route, string Where, string When, bool IsCancelled);

public sealed record AgendaMonth(DateOnly FirstDay, IReadOnlyList<AgendaEntry> Entries);

/// <summary>
/// The agenda: for a department, everything to come, month by month; for a month (<see cref="Month"/>),
/// the whole site's; for the whole site, the next days, and the lists of month and department agendas.
/// </summary>
public sealed record AgendaPageModel(
    PageMeta Meta, SiteFrame Site, Department? Department, IReadOnlyList<AgendaMonth> Months,
    IReadOnlyList<(Department Department, int Entries)> Departments, int NextDays,
    DateOnly? Month = null, IReadOnlyList<(DateOnly Month, int Entries)>? MonthPages = null) : PageModel(Meta, Site);
