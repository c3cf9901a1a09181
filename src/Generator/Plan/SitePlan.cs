using Relais.Model;
using Relais.Model.Pages;

namespace Relais.Generator.Plan;

/// <summary>What the build was asked for beyond the pages.</summary>
public sealed record PlanOptions(bool Pdf);

/// <summary>A printable page to save as PDF once rendered.</summary>
public sealed record PdfPlan(string PageRoute, string Route, string OutputPath);

/// <summary>One page to render: where it lives, what it is, its typed model, the content file it comes
/// from when there is one (to point an editor at a broken link), and what the address manifest keeps of it.</summary>
public sealed record PagePlan(string Route, string OutputPath, PageKind Kind, PageModel Model, SourceSpan? Source = null, PageIdentity? Identity = null);

/// <summary>A file copied as is (stylesheet, script, icon), and the route it is served at.</summary>
public sealed record StaticFile(string Route, string OutputPath, byte[] Bytes);

/// <summary>
/// Every page of the site, the theme's files and the PDFs to print. Non-HTML outputs (calendars,
/// feeds, open data, indexes) are not held here: they stream to the writer (see Outputs/).
/// </summary>
public sealed record SitePlan(SiteFrame Frame, IReadOnlyList<PagePlan> Pages, IReadOnlyList<StaticFile> Assets, IReadOnlyList<PdfPlan> Pdfs);
