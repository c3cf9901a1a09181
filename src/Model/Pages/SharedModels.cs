namespace Relais.Model.Pages;

public sealed record DepartmentSummary(Department Department, int CommuneCount, int PlaceCount);

/// <summary>A generated SVG map and its text equivalent.</summary>
public sealed record MapImage(DeferredHtml Svg, IReadOnlyList<string> Legend);

/// <summary>A printable page's PDF, when the build made PDFs.</summary>
public sealed record Printable(string Route, string? PdfRoute);

/// <summary>A department's places or workshops, by commune.</summary>
public sealed record IndexGroup<T>(Department Department, IReadOnlyList<(Commune Commune, IReadOnlyList<T> Items)> Communes);
