using Relais.Generator.Diagnostics;
using Relais.Generator.Load;
using Relais.Generator.Resolve;
using Relais.Generator.Validate;
using Relais.Model;
using Relais.Model.Values;
using F = Relais.Generator.Validate.Fields.PlaceFields;

namespace Relais.Generator.Import;

/// <summary>A file the import will write, relative to the site folder.</summary>
public sealed record PlannedFile(string Path, string Text);

public sealed record ImportResult(ImportReport Report, IReadOnlyList<PlannedFile> Files);

/// <summary>The site facts an import needs: its communes and the departments kept.</summary>
public sealed record ImportSite(string Root, IReadOnlyList<Commune> Communes, CommuneIndex Index, IReadOnlyCollection<string> Departments, DateOnly Today);

/// <summary>
/// A hub's CSV made into content/lieux/*.yml: each row is rejected (with the column and why), left
/// out (another department), recognised as a duplicate, matched to an existing file (same id, or
/// same name and address) and updated in place, or created. Every planned file is then bound by
/// the real validator, so that `validate` passes on what the import writes. Nothing is written here.
/// </summary>
public static class PlaceImport
{
    /// <summary>Two places this close with the same phone are taken as one.</summary>
    public const double SamePlaceKm = 0.1;

    private const int MaxSlugLength = 60;

    public static ImportResult Run(ImportSite site, HubTable table)
    {
        var report = new ImportReport { Read = table.Rows.Count };
        ReportHeader(table, report);
        var matcher = new CommuneMatcher(site.Communes);
        var existing = ExistingPlaces.Read(site.Root, matcher);
        var known = new KnownPlaces(existing);
        var takenSlugs = existing.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        var planned = new List<Plan>();
        var claimed = new Dictionary<string, int>(StringComparer.Ordinal); // existing file → line that updates it

        // Rows are made in parallel (each alone), then matched in file order (each against those before).
        var made = table.Rows.AsParallel().AsOrdered().Select(row => (Row: row, Departments: DepartmentsOf(table, row), Made: InArea(table, row, site) ? PlaceFromRow.Make(table, row, matcher, site.Today) : default)).ToList();
        foreach (var (row, departments, (place, rejected)) in made)
        {
            if (departments.Count > 0 && !departments.Any(site.Departments.Contains))
            {
                report.Add(row.Line, "code_insee", ReportKind.OutsideArea, null, $"département {string.Join(" ou ", departments)}, hors des départements importés ({string.Join(", ", site.Departments)})");
                continue;
            }
            if (rejected is not null)
            {
                report.Add(rejected.Line, rejected.Column, ReportKind.Rejected, null, rejected.Reason);
                continue;
            }
            if (!site.Departments.Contains(place!.Commune.DepartmentCode))
            {
                report.Add(row.Line, "commune", ReportKind.OutsideArea, null, $"{place.Commune.Name} ({place.Commune.DepartmentCode}), hors des départements importés ({string.Join(", ", site.Departments)})");
                continue;
            }
            AddNotes(report, place);
            if (known.SamePlace(place) is { } target)
            {
                if (claimed.TryGetValue(target.Path, out var firstLine))
                {
                    report.Add(row.Line, "nom", ReportKind.Duplicate, target.Path, $"même lieu que la ligne {firstLine} (même id, ou même nom et même adresse) : ligne non reprise");
                    continue;
                }
                claimed[target.Path] = row.Line;
                planned.Add(new Plan(place, target, target.Path, target.Slug));
                continue;
            }
            if (known.ProbableDuplicate(place) is { } duplicate)
            {
                report.Add(row.Line, duplicate.Column, ReportKind.Duplicate, duplicate.File, duplicate.Message);
                continue;
            }
            var slug = NewSlug(place, takenSlugs);
            var path = $"{ContentLayout.Places}/{slug}.yml";
            known.Add(place, path);
            planned.Add(new Plan(place, null, path, slug));
        }

        var (cleaned, valid) = DropRefusedValues(site, planned, report);
        var files = Check(site, cleaned.Select(p => p with { Text = p.Existing is null ? NewFile(p.Place) : Update(p, report) }).ToList(), valid, report);
        return new ImportResult(report, files);
    }

    private static IReadOnlyList<string> DepartmentsOf(HubTable table, HubRow row) =>
        CommuneMatcher.DepartmentsOf(table.Cell(row, "code_insee"), CommuneMatcher.PostalCodeOf(table.Cell(row, "code_postal"), table.Cell(row, "commune")));

    private static bool InArea(HubTable table, HubRow row, ImportSite site) => DepartmentsOf(table, row) is var d && (d.Count == 0 || d.Any(site.Departments.Contains));

    /// <summary>One row's planned file: created when <see cref="Existing"/> is null.</summary>
    private sealed record Plan(ImportedPlace Place, ExistingPlace? Existing, string Path, string Slug)
    {
        public string Text { get; init; } = "";
    }

    private static void ReportHeader(HubTable table, ImportReport report)
    {
        var unknown = table.Header.Where(h => h.Length > 0 && !Interop.StandardCsv.Columns.Contains(h)).ToList();
        if (unknown.Count > 0)
            report.Add(0, "", ReportKind.Note, null, $"colonne{(unknown.Count > 1 ? "s" : "")} hors du standard, ignorée{(unknown.Count > 1 ? "s" : "")} : {string.Join(", ", unknown)}");
        if (table.RepairedCells > 0)
            report.Add(0, "", ReportKind.Note, null, $"{table.RepairedCells} cellule{(table.RepairedCells > 1 ? "s" : "")} au texte doublement encodé en UTF-8 (« Ã© » pour « é ») réparée{(table.RepairedCells > 1 ? "s" : "")}");
    }

    private static void AddNotes(ImportReport report, ImportedPlace place)
    {
        foreach (var note in place.Notes) report.Add(place.Line, note.Column, ReportKind.Note, null, note.Message);
    }

    private static string NewSlug(ImportedPlace place, HashSet<string> taken)
    {
        var slug = Slugs.From(place.Name);
        if (slug.Length > MaxSlugLength) slug = slug[..MaxSlugLength].TrimEnd('-') is var cut && cut.LastIndexOf('-') > 20 ? cut[..cut.LastIndexOf('-')] : cut;
        if (slug.Length == 0) slug = "lieu";
        var commune = Slugs.From(place.Commune.Name);
        if (taken.Contains(slug) && !slug.EndsWith(commune, StringComparison.Ordinal)) slug = $"{slug}-{commune}";
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate); n++) candidate = $"{slug}-{n}";
        taken.Add(candidate);
        return candidate;
    }

    public static string NewFile(ImportedPlace place) => NewFile(place.Id, place.Fields);

    private static string NewFile(string? id, IReadOnlyList<YamlField> fields)
    {
        var lines = new List<string> { "# yaml-language-server: $schema=../../schemas/lieu.schema.json" };
        lines.Add(id is null
            ? "# Importé d'un fichier au standard national : relisez cette fiche et complétez-la."
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, ExistingPlaces.ImportIdComment, id.Replace("»", "", StringComparison.Ordinal)));
        foreach (var field in fields) lines.AddRange(field.Lines());
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The existing file with the hub's values; an older hub row than the file's date changes nothing.</summary>
    private static string Update(Plan plan, ImportReport report)
    {
        var (place, existing) = (plan.Place, plan.Existing!);
        if (existing.Map is null) return existing.Text;
        if (existing.UpdatedOn is { } fileDate && fileDate > place.UpdatedOn)
        {
            report.Add(place.Line, "date_maj", ReportKind.Note, existing.Path,
                $"fiche vérifiée le {IsoDate.Format(fileDate)}, après la date du fichier importé ({IsoDate.Format(place.UpdatedOn)}) : laissée telle quelle");
            return existing.Text;
        }
        var (text, edits) = PlaceFileMerge.Merge(existing.Text, existing.Map, place.Fields.Where(f => f.Key != F.DateMaj.Key).ToList());
        foreach (var kept in edits.Where(e => e.Change == FieldChange.Kept))
        {
            report.Add(place.Line, kept.Key, ReportKind.Kept, existing.Path,
                $"valeur du fichier conservée (« {Short(kept.Old)} ») ; le fichier importé donne « {Short(kept.New)} »");
        }
        foreach (var replaced in edits.Where(e => e.Change == FieldChange.Replaced))
        {
            report.Add(place.Line, replaced.Key, ReportKind.Replaced, existing.Path,
                $"« {Short(replaced.Old)} » remplacé par « {Short(replaced.New)} »");
        }
        if (!edits.Any(e => e.Change != FieldChange.Kept)) return existing.Text;
        var map = YamlTreeReader.Read(text, existing.Path, 0, new DiagnosticBag()) as RawMap;
        return map is null ? text : PlaceFileMerge.Merge(text, map, [place.Field(F.DateMaj.Key)!]).Text;
    }

    private static string Short(string? text) => text is null ? "" : text.Length <= 120 ? text : text[..117] + "…";

    /// <summary>
    /// Binds each row's values, as a new file, with the site's validator: an optional value it
    /// refuses is left out (its message goes to the report), a row whose required value it refuses
    /// is rejected.
    /// </summary>
    /// <returns>The plans kept, and the paths of new files already bound without error (not bound again).</returns>
    private static (List<Plan> Plans, HashSet<string> Valid) DropRefusedValues(ImportSite site, List<Plan> plans, ImportReport report)
    {
        var valid = new HashSet<string>(StringComparer.Ordinal);
        var alone = plans.Select(p => p with { Path = $"{ContentLayout.Places}/{p.Slug}.yml", Text = NewFile(p.Place) }).ToList();
        var errors = Errors(site, alone);
        var kept = new List<Plan>();
        foreach (var plan in plans)
        {
            if (!errors.TryGetValue($"{ContentLayout.Places}/{plan.Slug}.yml", out var refused))
            {
                if (plan.Existing is null) valid.Add(plan.Path);
                kept.Add(plan);
                continue;
            }
            var keys = refused.Select(FieldKey).ToList();
            if (keys.Any(k => k is null || F.All.Any(s => s.Key == k && s.Required)))
            {
                report.Add(plan.Place.Line, FieldKey(refused[0]) ?? "", ReportKind.Rejected, null, $"refusé par la vérification : {refused[0].Message}");
                continue;
            }
            foreach (var d in refused) report.Add(plan.Place.Line, FieldKey(d)!, ReportKind.Note, null, $"valeur refusée par la vérification, non reprise : {d.Message}");
            kept.Add(plan with { Place = plan.Place with { Fields = plan.Place.Fields.Where(f => !keys.Contains(f.Key)).ToList() } });
        }
        return (kept, valid);
    }

    /// <summary>
    /// Binds every planned file with the site's validator: a file in error is not written and its
    /// row is rejected (an existing file may have had errors of its own). Unchanged files are not planned.
    /// </summary>
    private static List<PlannedFile> Check(ImportSite site, List<Plan> plans, HashSet<string> valid, ImportReport report)
    {
        var errors = Errors(site, plans.Where(p => !valid.Contains(p.Path) && p.Text != p.Existing?.Text).ToList());
        var final = new List<PlannedFile>();
        foreach (var plan in plans)
        {
            var line = plan.Place.Line;
            if (plan.Text != plan.Existing?.Text && errors.TryGetValue(plan.Path, out var left))
            {
                var first = left[0];
                report.Add(line, FieldKey(first) ?? "", ReportKind.Rejected, plan.Existing?.Path,
                    plan.Existing is not null && Errors(site, [plan with { Text = plan.Existing.Text }]).Count > 0
                        ? $"le fichier existant a déjà des erreurs (lancez validate) : corrigez-le, puis relancez l'import ; {first.Message}"
                        : $"refusé par la vérification : {first.Message}");
                continue;
            }
            if (plan.Existing is null)
            {
                report.Add(line, "", ReportKind.Created, plan.Path, $"{plan.Place.Name}, {plan.Place.Commune.Name}");
                final.Add(new PlannedFile(plan.Path, plan.Text));
            }
            else if (plan.Text == plan.Existing.Text)
            {
                report.Add(line, "", ReportKind.Unchanged, plan.Path, $"{plan.Place.Name}, {plan.Place.Commune.Name}");
            }
            else
            {
                report.Add(line, "", ReportKind.Updated, plan.Path, $"{plan.Place.Name}, {plan.Place.Commune.Name}");
                final.Add(new PlannedFile(plan.Path, plan.Text));
            }
        }
        return final;
    }

    private static Dictionary<string, List<Diagnostic>> Errors(ImportSite site, IReadOnlyList<Plan> plans)
    {
        if (plans.Count == 0) return new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        // Files are bound alone, so in chunks side by side, each with its own diagnostics.
        var found = plans.Chunk(500).AsParallel().SelectMany(chunk =>
        {
            var diagnostics = new DiagnosticBag();
            var files = chunk.Select(p => new ContentFile(p.Path, p.Slug, YamlTreeReader.Read(p.Text, p.Path, 0, diagnostics), null)).ToList();
            BindPlaces.Run(files, site.Index, site.Today, diagnostics);
            return diagnostics.Items.Where(d => d.IsError).ToList();
        }).ToList();
        return found.GroupBy(d => d.Span.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.Span.Line).ThenBy(d => d.Span.Column).ToList(), StringComparer.Ordinal);
    }

    private static string? FieldKey(Diagnostic d) => d.Field?.Split('[', '.')[0];

    /// <summary>Existing files and the rows planned so far, indexed for matching and duplicates.</summary>
    private sealed class KnownPlaces
    {
        private readonly Dictionary<string, ExistingPlace> _byId = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ExistingPlace> _byNameAndAddress = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string File, int Line)> _byNameInCommune = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(GeoPoint Location, string File, int Line)>> _byPhone = new(StringComparer.Ordinal);

        public KnownPlaces(IReadOnlyList<ExistingPlace> existing)
        {
            foreach (var e in existing)
            {
                _byId.TryAdd("slug:" + e.Slug, e);
                if (e.ImportId is { } id) _byId.TryAdd("id:" + id, e);
                if (e.Name is null || e.Commune is null) continue;
                if (e.Street is not null) _byNameAndAddress.TryAdd(NameAndAddress(e.Name, e.Street, e.Commune), e);
                _byNameInCommune.TryAdd(NameInCommune(e.Name, e.Commune), (e.Path, 0));
                if (e.Phone is { } phone && e.Location is { } location) Phone(phone).Add((location, e.Path, 0));
            }
        }

        /// <summary>The file of the same place: same id (the hub's, or the file name), else same name and address in the same commune.</summary>
        public ExistingPlace? SamePlace(ImportedPlace place) =>
            (place.Id is { } id ? _byId.GetValueOrDefault("id:" + id) ?? _byId.GetValueOrDefault("slug:" + id) : null)
            ?? _byNameAndAddress.GetValueOrDefault(NameAndAddress(place.Name, place.Street, place.Commune));

        public (string Column, string File, string Message)? ProbableDuplicate(ImportedPlace place)
        {
            if (_byNameInCommune.TryGetValue(NameInCommune(place.Name, place.Commune), out var same))
            {
                return ("nom", same.File, same.Line == 0
                    ? $"doublon probable de {same.File} (même nom dans la même commune, autre adresse) : non créé ; si c'est le même lieu, corrigez l'adresse dans ce fichier"
                    : $"doublon probable de la ligne {same.Line} (même nom dans la même commune) : ligne non reprise");
            }
            if (place.Phone is { } phone && _byPhone.TryGetValue(phone.International, out var near)
                && near.FirstOrDefault(n => GreatCircle.Km(n.Location, place.Location) <= SamePlaceKm) is { File: not null } hit)
            {
                return ("telephone", hit.File, hit.Line == 0
                    ? $"doublon probable de {hit.File} (même téléphone {phone.Display}, à moins de 100 m) : non créé"
                    : $"doublon probable de la ligne {hit.Line} (même téléphone {phone.Display}, à moins de 100 m) : ligne non reprise");
            }
            return null;
        }

        /// <summary>A row about to be created: later rows are compared with it (same name in the commune covers same name and address).</summary>
        public void Add(ImportedPlace place, string path)
        {
            _byNameInCommune.TryAdd(NameInCommune(place.Name, place.Commune), (path, place.Line));
            if (place.Phone is { } phone) Phone(phone).Add((place.Location, path, place.Line));
        }

        private List<(GeoPoint, string, int)> Phone(PhoneNumber phone)
        {
            if (!_byPhone.TryGetValue(phone.International, out var list)) _byPhone[phone.International] = list = [];
            return list;
        }

        private static string NameAndAddress(string name, string street, Commune commune) => $"{Slugs.From(name)}|{Slugs.From(street)}|{commune.Code.Value}";

        private static string NameInCommune(string name, Commune commune) => $"{Slugs.From(name)}|{commune.Code.Value}";
    }
}
