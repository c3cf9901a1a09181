namespace Relais.Generator.Diagnostics;

/// <summary>
/// Every kind of content problem, with a stable code. Codes never change meaning once published:
/// editors and pull-request bots search for them. OFF00xx are about a file's form, OFF01xx about
/// values, OFF02xx about links between files, OFF03xx are warnings.
/// </summary>
public static class DiagnosticCatalog
{
    private static DiagnosticDescriptor Error(string code, string title) => new(code, Severity.Error, title);

    private static DiagnosticDescriptor Warning(string code, string title) => new(code, Severity.Warning, title);

    // A file's form
    public static readonly DiagnosticDescriptor YamlSyntax = Error("OFF0001", "Syntaxe YAML invalide");
    public static readonly DiagnosticDescriptor FrontMatter = Error("OFF0002", "En-tête YAML absent ou non fermé");
    public static readonly DiagnosticDescriptor UnreadableFile = Error("OFF0003", "Fichier illisible");
    public static readonly DiagnosticDescriptor NotAMapping = Error("OFF0004", "Le fichier doit contenir des champs « clé: valeur »");
    public static readonly DiagnosticDescriptor DuplicateKey = Error("OFF0005", "Champ écrit deux fois");
    public static readonly DiagnosticDescriptor CsvSyntax = Error("OFF0006", "Tableau CSV mal formé");
    public static readonly DiagnosticDescriptor InvalidFileName = Error("OFF0007", "Nom de fichier invalide");
    public static readonly DiagnosticDescriptor RecordLeftOut = Error("OFF0008", "Contenu non pris en compte");

    // Fields and values
    public static readonly DiagnosticDescriptor MissingField = Error("OFF0101", "Champ obligatoire manquant");
    public static readonly DiagnosticDescriptor UnknownField = Error("OFF0102", "Champ inconnu");
    public static readonly DiagnosticDescriptor WrongShape = Error("OFF0103", "Type de valeur inattendu");
    public static readonly DiagnosticDescriptor NotInVocabulary = Error("OFF0104", "Valeur hors de la liste autorisée");
    public static readonly DiagnosticDescriptor InvalidCodeInsee = Error("OFF0105", "Code INSEE mal formé");
    public static readonly DiagnosticDescriptor InvalidPostalCode = Error("OFF0106", "Code postal mal formé");
    public static readonly DiagnosticDescriptor CoordinatesOutsideFrance = Error("OFF0107", "Coordonnées hors de France");
    public static readonly DiagnosticDescriptor CoordinatesSwapped = Error("OFF0108", "Latitude et longitude inversées");
    public static readonly DiagnosticDescriptor InvalidNumber = Error("OFF0109", "Nombre invalide");
    public static readonly DiagnosticDescriptor InvalidOpeningHours = Error("OFF0110", "Horaires illisibles");
    public static readonly DiagnosticDescriptor InvalidDate = Error("OFF0111", "Date invalide");
    public static readonly DiagnosticDescriptor InvalidTime = Error("OFF0112", "Horaire invalide");
    public static readonly DiagnosticDescriptor EndBeforeStart = Error("OFF0113", "Fin avant le début");
    public static readonly DiagnosticDescriptor InvalidPhone = Error("OFF0114", "Téléphone hors du format français");
    public static readonly DiagnosticDescriptor InvalidEmail = Error("OFF0115", "Courriel invalide");
    public static readonly DiagnosticDescriptor InvalidUrl = Error("OFF0116", "Adresse web invalide");
    public static readonly DiagnosticDescriptor TooLong = Error("OFF0117", "Texte trop long");
    public static readonly DiagnosticDescriptor InvalidPivot = Error("OFF0118", "SIRET ou RNA invalide");
    public static readonly DiagnosticDescriptor InvalidBoolean = Error("OFF0119", "Oui/non attendu");
    public static readonly DiagnosticDescriptor InconsistentSeats = Error("OFF0120", "Nombres de places incohérents");
    public static readonly DiagnosticDescriptor SessionsSpec = Error("OFF0121", "Séances d'atelier mal décrites");
    public static readonly DiagnosticDescriptor CancellationWithoutReason = Error("OFF0122", "Annulation sans motif");
    public static readonly DiagnosticDescriptor InvalidSetting = Error("OFF0123", "Réglage du site invalide");
    public static readonly DiagnosticDescriptor DepartmentMismatch = Error("OFF0124", "Département incohérent");
    public static readonly DiagnosticDescriptor EmptyField = Error("OFF0125", "Champ obligatoire vide");
    public static readonly DiagnosticDescriptor PlaceFarFromCommune = Error("OFF0126", "Lieu trop loin de sa commune");
    public static readonly DiagnosticDescriptor StopSeriesSpec = Error("OFF0140", "Passage régulier mal décrit");
    public static readonly DiagnosticDescriptor NotApplicable = Error("OFF0141", "Champ sans objet ici");
    public static readonly DiagnosticDescriptor InvalidAddress = Error("OFF0127", "Adresse de page mal écrite");

    // Links between files
    public static readonly DiagnosticDescriptor UnknownCommune = Error("OFF0201", "Commune inconnue");
    public static readonly DiagnosticDescriptor UnknownPlace = Error("OFF0202", "Lieu inconnu");
    public static readonly DiagnosticDescriptor DuplicateSlug = Error("OFF0203", "Deux fichiers pour la même adresse de page");
    public static readonly DiagnosticDescriptor BusInTwoCommunes = Error("OFF0204", "Bus à deux endroits en même temps");
    public static readonly DiagnosticDescriptor DeadlineAfterStop = Error("OFF0205", "Inscription close après le passage");
    public static readonly DiagnosticDescriptor DuplicateCommune = Error("OFF0206", "Commune en double");
    public static readonly DiagnosticDescriptor BrokenLink = Error("OFF0207", "Lien vers une page qui n'existe pas");
    public static readonly DiagnosticDescriptor DuplicateRedirect = Error("OFF0208", "Ancienne adresse redirigée deux fois");
    public static readonly DiagnosticDescriptor RedirectLoop = Error("OFF0209", "Redirections en boucle");
    public static readonly DiagnosticDescriptor RedirectFromLivePage = Error("OFF0210", "Ancienne adresse toujours en service");
    public static readonly DiagnosticDescriptor RedirectToNowhere = Error("OFF0211", "Redirection vers une page qui n'existe pas");
    public static readonly DiagnosticDescriptor DuplicateStopIdentity = Error("OFF0212", "Deux passages annoncés le même jour dans la même commune");

    // Warnings
    public static readonly DiagnosticDescriptor StaleData = Warning("OFF0301", "Données de plus d'un an");
    public static readonly DiagnosticDescriptor PastStop = Warning("OFF0302", "Passage du bus déjà passé");
    public static readonly DiagnosticDescriptor StopWithoutPhone = Warning("OFF0303", "Passage sans téléphone d'inscription");
    public static readonly DiagnosticDescriptor PostalCodeMismatch = Warning("OFF0304", "Code postal d'une autre commune");
    public static readonly DiagnosticDescriptor FarFromCommune = Warning("OFF0305", "Coordonnées loin de la commune");
    public static readonly DiagnosticDescriptor CommuneCentreUsed = Warning("OFF0306", "Position approximative");
    public static readonly DiagnosticDescriptor PastWorkshop = Warning("OFF0308", "Atelier terminé");
    public static readonly DiagnosticDescriptor DuplicateValue = Warning("OFF0309", "Valeur répétée");
    public static readonly DiagnosticDescriptor PrintOverflow = Warning("OFF0310", "Affiche de plus d'une page");
    public static readonly DiagnosticDescriptor HoursAsText = Warning("OFF0311", "Horaires à convertir au format OpenStreetMap");
    public static readonly DiagnosticDescriptor RegistrationClosedButConfirmed = Warning("OFF0312", "Inscriptions closes pour un passage confirmé");
    public static readonly DiagnosticDescriptor LenientOpeningHours = Warning("OFF0313", "Horaires lus, mais pas écrits comme OpenStreetMap");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticCatalog).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();
}
