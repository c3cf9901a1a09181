using System.Text.RegularExpressions;
using Relais.Model.Hours;
using Relais.Model.Values;
using Relais.Model.Vocabularies;
using F = Relais.Generator.Validate.Fields.PlaceFields;

namespace Relais.Generator.Import;

/// <summary>
/// One row of the national standard made into the fields of content/lieux/*.yml, in the order of
/// <see cref="F.All"/>. Everything cleaned, guessed or dropped is said in a note; a row without
/// name, services, address or commune is rejected with the column at fault.
/// </summary>
public static partial class PlaceFromRow
{
    /// <summary>The standard's limit for « presentation_resume ».</summary>
    private const int SummaryLength = 280;

    [GeneratedRegex(@"^[a-zA-Z0-9]{9,14}$")]
    private static partial Regex PivotPattern();

    public static (ImportedPlace? Place, RejectedRow? Rejected) Make(HubTable table, HubRow row, CommuneMatcher communes, DateOnly today)
    {
        var notes = new List<RowNote>();
        string Cell(string column) => table.Cell(row, column);
        void Note(string column, List<string> messages)
        {
            foreach (var m in messages) notes.Add(new RowNote(column, m));
            messages.Clear();
        }
        var pending = new List<string>();
        var fields = new List<YamlField>();
        // A list of the standard's values: unknown values go to the notes, under the column's name.
        void Choices<T>(Validate.FieldSpec spec, Vocabulary<T> vocabulary) where T : struct, Enum
        {
            AddList(fields, spec.Key, HubLists.Labels(Cell(spec.Key), vocabulary, spec.Key, pending));
            Note(spec.Key, pending);
        }
        RejectedRow Reject(string column, string reason) => new(row.Line, column, reason);

        // Cells beyond the header: an unquoted separator inside a value shifted the columns.
        if (row.Cells.Skip(table.Header.Count).Any(c => c.Length > 0))
        {
            var separator = table.Separator == '\t' ? "tabulation" : $"« {table.Separator} »";
            return (null, Reject("", $"{row.Cells.Count} colonnes au lieu de {table.Header.Count} : une valeur contient sans doute un {separator} sans être entre guillemets, ce qui décale les colonnes ; corrigez la ligne dans le fichier source"));
        }
        var rawName = OneLine(Cell("nom"));
        if (rawName.Length == 0) return (null, Reject("nom", "pas de nom : le lieu ne peut pas être présenté sans son nom"));

        var postalCell = Cell("code_postal");
        var communeCell = OneLine(Cell("commune"));
        var postalCode = CommuneMatcher.PostalCodeOf(postalCell, communeCell);
        var match = communes.Find(OneLine(Cell("code_insee")), communeCell, postalCode);
        if (match.Commune is not { } commune) return (null, Reject(match.Column, match.Error!));
        if (match.Note is { } communeNote) notes.Add(new RowNote(match.Column, communeNote));

        var street = OneLine(Cell("adresse"));
        if (street.Length == 0 || HubContacts.IsPlaceholder(street))
            return (null, Reject("adresse", "pas d'adresse : le public ne saurait pas où aller ; indiquez le numéro et la voie"));

        var services = HubLists.Labels(Cell("services"), Vocabularies.Services, "services", pending);
        if (services.Count == 0)
        {
            return (null, Reject("services", Cell("services").Length == 0
                ? "pas de services : le standard en exige au moins un (par exemple « Aide aux démarches administratives »)"
                : $"aucun service reconnu dans « {OneLine(Cell("services"))} » : utilisez les libellés du standard (voir README, « Valeurs autorisées »)"));
        }
        Note("services", pending);

        var name = NameCase.Normalise(rawName, commune.Name);
        if (name != rawName) notes.Add(new RowNote("nom", $"nom en capitales « {rawName} » écrit « {name} » : vérifiez les accents"));
        fields.Add(YamlField.Scalar(F.Nom.Key, YamlKind.Text, name));

        var pivot = Cell("pivot").Replace(" ", "", StringComparison.Ordinal);
        if (pivot.Length > 0 && !HubContacts.IsPlaceholder(pivot))
        {
            if (PivotPattern().IsMatch(pivot) && pivot.Any(c => c != '0')) fields.Add(YamlField.Scalar(F.Pivot.Key, YamlKind.Quoted, pivot));
            else notes.Add(new RowNote("pivot", $"pivot « {pivot} » non repris : ni SIRET (14 chiffres), ni SIREN, ni numéro RNA"));
        }
        Choices(F.Typologie, Vocabularies.Typologies);

        var cleanStreet = StreetOnly(street, postalCode, commune.Name);
        if (cleanStreet != street) notes.Add(new RowNote("adresse", $"adresse « {street} » : code postal et commune retirés (ils ont leurs colonnes)"));
        var normalStreet = NameCase.IsCapitals(cleanStreet) ? Address(cleanStreet) : cleanStreet;
        fields.Add(YamlField.Scalar(F.Adresse.Key, YamlKind.Text, normalStreet));
        AddText(fields, F.ComplementAdresse.Key, OneLine(Cell("complement_adresse")) is var complement && NameCase.IsCapitals(complement) ? Address(complement) : complement);

        var postal = postalCode is not null && commune.PostalCodes.Any(p => p.Value == postalCode) ? postalCode : commune.PostalCodes[0].Value;
        if (postalCode is null) notes.Add(new RowNote("code_postal", $"pas de code postal : celui de la commune, {postal}"));
        else if (postal != postalCode)
        {
            notes.Add(new RowNote("code_postal", CommuneMatcher.IsCedex(postalCell, communeCell)
                ? $"code CEDEX « {postalCode} » remplacé par le code postal de la commune, {postal}"
                : $"code postal « {postalCode} » qui n'est pas celui {Relais.Model.French.Fr.Of(commune.Name)} : remplacé par {postal}"));
        }
        fields.Add(YamlField.Scalar(F.CodePostal.Key, YamlKind.Quoted, postal));
        fields.Add(YamlField.Scalar(F.CodeInsee.Key, YamlKind.Quoted, commune.Code.Value));

        var position = HubCoordinates.Read(OneLine(Cell("latitude")), OneLine(Cell("longitude")), commune);
        if (position.Note is { } positionNote) notes.Add(new RowNote("latitude", positionNote));
        if (position.Point is { } point)
        {
            fields.Add(YamlField.Number(F.Latitude.Key, point.Latitude));
            fields.Add(YamlField.Number(F.Longitude.Key, point.Longitude));
        }

        var phone = HubContacts.Phone(Cell("telephone"), pending);
        Note("telephone", pending);
        if (phone is { } p) fields.Add(YamlField.Scalar(F.Telephone.Key, YamlKind.Phone, p.Display));
        AddList(fields, F.Courriels.Key, HubContacts.Emails(Cell("courriels"), pending).Select(e => e.Value).ToList());
        Note("courriels", pending);
        AddList(fields, F.SiteWeb.Key, HubContacts.Urls(Cell("site_web"), "site_web", pending).Select(u => u.Value.AbsoluteUri).ToList(), YamlKind.Quoted);
        Note("site_web", pending);

        var hours = Cell("horaires");
        if (hours.Length > 0 && !HubContacts.IsPlaceholder(hours))
        {
            var oneLine = OneLine(hours);
            if (OpeningHoursParser.TryParse(oneLine, out var parsed, out _)) fields.Add(YamlField.Scalar(F.Horaires.Key, YamlKind.Quoted, parsed.Canonical));
            else
            {
                fields.Add(YamlField.Scalar(F.HorairesTexte.Key, YamlKind.Text, hours));
                notes.Add(new RowNote("horaires", $"horaires « {oneLine} » hors du format OpenStreetMap : gardés en texte (horaires_texte), à convertir dans « horaires »"));
            }
        }

        var summary = OneLine(Cell("presentation_resume"));
        var detail = Cell("presentation_detail");
        if (summary.Length > SummaryLength)
        {
            if (detail.Length == 0)
            {
                detail = summary;
                notes.Add(new RowNote("presentation_resume", $"présentation courte de {summary.Length} caractères (280 au plus) : mise en présentation détaillée, résumé coupé"));
            }
            else notes.Add(new RowNote("presentation_resume", $"présentation courte de {summary.Length} caractères (280 au plus) : coupée"));
            summary = Shorten(summary);
        }
        AddText(fields, F.PresentationResume.Key, summary);
        if (detail.Length > 0 && !HubContacts.IsPlaceholder(detail)) fields.Add(YamlField.Scalar(F.PresentationDetail.Key, YamlKind.Text, detail));
        AddText(fields, F.Source.Key, OneLine(Cell("source")));
        AddText(fields, F.StructureParente.Key, OneLine(Cell("structure_parente")));
        Choices(F.Itinerance, Vocabularies.Itinerances);

        var date = HubDates.Parse(Cell("date_maj"));
        if (date is null)
        {
            notes.Add(new RowNote("date_maj", Cell("date_maj").Length == 0
                ? $"pas de date_maj : date de l'import ({IsoDate.Format(today)})"
                : $"date_maj « {OneLine(Cell("date_maj"))} » sans date utilisable : date de l'import ({IsoDate.Format(today)})"));
        }
        else if (date > today)
        {
            notes.Add(new RowNote("date_maj", $"date_maj « {IsoDate.Format(date.Value)} » dans le futur : date de l'import ({IsoDate.Format(today)})"));
            date = today;
        }
        var updatedOn = date ?? today;
        fields.Add(new YamlField(F.DateMaj.Key, YamlKind.Date, IsoDate.Format(updatedOn)));

        AddList(fields, F.Services.Key, services);
        Choices(F.Publics, Vocabularies.Audiences);
        Choices(F.PriseEnCharge, Vocabularies.SpecificSupports);
        Choices(F.Frais, Vocabularies.Fees);
        Choices(F.Dispositifs, Vocabularies.NationalProgrammes);
        Choices(F.FormationsLabels, Vocabularies.TrainingLabels);
        AddText(fields, F.AutresFormationsLabels.Key, OneLine(Cell("autres_formations_labels")));
        Choices(F.ModalitesAcces, Vocabularies.AccessModes);
        Choices(F.ModalitesAccompagnement, Vocabularies.SupportModes);
        AddUrl(fields, F.FicheAccesLibre.Key, Cell("fiche_acces_libre"), pending);
        Note("fiche_acces_libre", pending);
        AddUrl(fields, F.PriseRdv.Key, Cell("prise_rdv"), pending);
        Note("prise_rdv", pending);

        var id = OneLine(Cell("id"));
        return (new ImportedPlace(row.Line, id.Length == 0 ? null : id, name, normalStreet, commune, position.Point, phone, updatedOn, Ordered(fields), notes), null);
    }

    /// <summary>The fields in the order of the content files (<see cref="F.All"/>).</summary>
    public static IReadOnlyList<YamlField> Ordered(IEnumerable<YamlField> fields) =>
        fields.OrderBy(f => Order(f.Key)).ToList();

    public static int Order(string key)
    {
        for (var i = 0; i < F.All.Count; i++)
        {
            if (F.All[i].Key == key) return i;
        }
        return F.All.Count;
    }

    private static string OneLine(string cell) => cell.Contains('\n', StringComparison.Ordinal) ? string.Join(' ', cell.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : cell;

    private static void AddText(List<YamlField> fields, string key, string value)
    {
        if (value.Length > 0 && !HubContacts.IsPlaceholder(value)) fields.Add(YamlField.Scalar(key, YamlKind.Text, value));
    }

    private static void AddList(List<YamlField> fields, string key, IReadOnlyList<string> items, YamlKind kind = YamlKind.Text)
    {
        if (items.Count > 0) fields.Add(YamlField.List(key, items, kind));
    }

    private static void AddUrl(List<YamlField> fields, string key, string cell, List<string> notes)
    {
        if (HubContacts.Url(OneLine(cell), key, notes) is { } url) fields.Add(YamlField.Scalar(key, YamlKind.Quoted, url.Value.AbsoluteUri));
    }

    /// <summary>« 12 rue Nationale 37000 Tours » → « 12 rue Nationale ».</summary>
    private static string StreetOnly(string street, string? postalCode, string communeName)
    {
        if (postalCode is null) return street;
        var at = street.LastIndexOf(postalCode, StringComparison.Ordinal);
        if (at <= 0) return street;
        var tail = CommuneMatcher.NameKey(street[(at + postalCode.Length)..]);
        if (tail.Length > 0 && tail != CommuneMatcher.NameKey(communeName) && !tail.StartsWith(CommuneMatcher.NameKey(communeName), StringComparison.Ordinal)) return street;
        return street[..at].TrimEnd(' ', ',', '-');
    }

    /// <summary>Street words in lower case (« 12 BIS RUE DE LA GARE » → « 12 bis rue de la Gare »).</summary>
    private static string Address(string text)
    {
        var normal = NameCase.Normalise(text, null);
        var words = normal.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (StreetWords.Contains(lower)) words[i] = lower;
        }
        return string.Join(' ', words);
    }

    private static readonly HashSet<string> StreetWords = new(
        ["bis", "ter", "quater", "rue", "avenue", "av.", "boulevard", "bd", "place", "chemin", "allée", "allee", "impasse", "route", "quai",
         "cours", "square", "passage", "esplanade", "parvis", "rond-point", "faubourg", "sentier", "voie", "mail", "cité", "cite",
         "résidence", "residence", "hameau", "lieu-dit", "zone"],
        StringComparer.Ordinal);

    private static string Shorten(string text)
    {
        var cut = text[..(SummaryLength - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > 200 ? cut[..space] : cut).TrimEnd(' ', ',', ';', '.') + "…";
    }
}
