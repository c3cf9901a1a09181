using Relais.Model.Vocabularies;

namespace Relais.Generator.Validate.Fields;

/// <summary>Keys of content/tournees/*.yml: a bus and its stops.</summary>
public static class TourFields
{
    public static readonly FieldSpec ContactTelephone = new("telephone", FieldType.Phone, "téléphone de l'opérateur");
    public static readonly FieldSpec ContactCourriel = new("courriel", FieldType.Email, "courriel de l'opérateur");
    public static readonly FieldSpec ContactSiteWeb = new("site_web", FieldType.Url, "site web de l'opérateur");

    public static readonly FieldSpec Nom = new("nom", FieldType.Text, "nom du bus ou de la tournée") { Required = true };
    public static readonly FieldSpec Operateur = new("operateur", FieldType.Text, "structure qui fait rouler le bus") { Required = true };
    public static readonly FieldSpec Contact = new("contact", FieldType.Object, "comment joindre l'opérateur") { Fields = [ContactTelephone, ContactCourriel, ContactSiteWeb] };
    public static readonly FieldSpec Format = FieldSpec.Choice("format", Vocabularies.StopFormats, "atelier (ateliers collectifs, avec des places) ou permanence (aide individuelle, une personne à la fois) ; atelier si absent");
    public static readonly FieldSpec Accueil = FieldSpec.Choice("accueil", Vocabularies.Receptions, "pour une permanence : sur_rendez_vous (le téléphone de « inscription » ou du contact) ou sans_rendez_vous");
    public static readonly FieldSpec Places = new("places", FieldType.Integer, "places par séance (postes dans le bus) ; obligatoire pour des ateliers") { Minimum = 1, Maximum = 100 };
    public static readonly FieldSpec InscritsMinimum = new("inscrits_minimum", FieldType.Integer, "inscrits nécessaires pour que le passage ait lieu") { Minimum = 0, Maximum = 100 };
    public static readonly FieldSpec SeancesParDefaut = FieldSpec.ListOf("seances_par_defaut", FieldType.TimeRange, "séances d'une journée type, par exemple [\"09:00-12:00\", \"14:00-17:00\"]") with { Required = true };
    public static readonly FieldSpec Financeurs = FieldSpec.ListOf("financeurs", FieldType.Text, "qui finance le bus (affiché sur l'affiche)");
    public static readonly FieldSpec Services = FieldSpec.ChoiceList("services", Vocabularies.Services, "aides proposées à bord");
    public static readonly FieldSpec ModalitesAccompagnement = FieldSpec.ChoiceList("modalites_accompagnement", Vocabularies.SupportModes, "formes d'accompagnement à bord");
    public static readonly FieldSpec Frais = FieldSpec.ChoiceList("frais_a_charge", Vocabularies.Fees, "conditions financières");
    public static readonly FieldSpec Publics = FieldSpec.ChoiceList("publics", Vocabularies.Audiences, "publics visés");
    public static readonly FieldSpec OrdinateursFournis = new("ordinateurs_fournis", FieldType.Boolean, "le bus prête des ordinateurs : oui ou non (oui par défaut pour des ateliers, non pour une permanence)");
    public static readonly FieldSpec Typologie = FieldSpec.ChoiceList("typologie", Vocabularies.Typologies, "type de structure, codes data.inclusion (ASSO, CCAS, RFS…)");
    public static readonly FieldSpec Dispositifs = FieldSpec.ChoiceList("dispositif_programmes_nationaux", Vocabularies.NationalProgrammes, "dispositifs nationaux dont fait partie le bus, par exemple France Services");
    public static readonly FieldSpec FormationsLabels = FieldSpec.ChoiceList("formations_labels", Vocabularies.TrainingLabels, "formations et labels obtenus");
    public static readonly FieldSpec PassNumerique = new("pass_numerique", FieldType.Boolean, "chèques APTIC / Pass numérique acceptés : oui ou non");
    public static readonly FieldSpec Presentation = new("presentation", FieldType.Markdown, "présentation du bus, en Markdown");
    public static readonly FieldSpec DateMaj = new("date_maj", FieldType.Date, "date de la dernière modification des passages, AAAA-MM-JJ (les agendas abonnés s'en servent pour voir un changement)");

    public static readonly FieldSpec StopDate = new("date", FieldType.Date, "jour du passage, AAAA-MM-JJ (ou bien « regulier » pour un passage qui revient)");

    public static readonly FieldSpec SeriesJour = FieldSpec.Choice("jour", Vocabularies.Weekdays, "jour de la semaine, en toutes lettres") with { Required = true };
    public static readonly FieldSpec SeriesFrequence = FieldSpec.Choice("frequence", Vocabularies.StopFrequencies, "toutes_les_semaines ou toutes_les_deux_semaines (comptées à partir de « du »)") with { Required = true };
    public static readonly FieldSpec SeriesDu = new("du", FieldType.Date, "date du premier passage, AAAA-MM-JJ") { Required = true };
    public static readonly FieldSpec SeriesAu = new("au", FieldType.Date, "dernier passage au plus tard, AAAA-MM-JJ (facultatif : les dates sont alors annoncées un an à l'avance)");
    public static readonly FieldSpec SeriesSauf = FieldSpec.ListOf("sauf", FieldType.Date, "jours sans passage (congés)");
    public static readonly FieldSpec SeriesJoursFeries = new("jours_feries", FieldType.Boolean, "passe aussi les jours fériés : oui ou non (non par défaut : pas de passage un jour férié)");
    public static readonly FieldSpec StopRegulier = new("regulier", FieldType.Object, "passage qui revient chaque semaine ou tous les 15 jours, au lieu d'une « date »")
    {
        Fields = [SeriesJour, SeriesFrequence, SeriesDu, SeriesAu, SeriesSauf, SeriesJoursFeries],
    };
    public static readonly FieldSpec StopFormat = Format with { Description = "atelier ou permanence, si ce passage diffère du « format » de la tournée" };
    public static readonly FieldSpec StopAccueil = Accueil with { Description = "sur_rendez_vous ou sans_rendez_vous, si ce passage diffère de l'« accueil » de la tournée" };
    public static readonly FieldSpec StopCodeInsee = new("code_insee", FieldType.CodeInsee, "commune du passage (code INSEE)") { Required = true };
    public static readonly FieldSpec StopLieu = new("lieu", FieldType.Text, "où le bus stationne, par exemple « Place de l'Église »") { Required = true };
    public static readonly FieldSpec StopLatitude = new("latitude", FieldType.Number, "latitude de l'emplacement (facultatif : centre de la commune sinon)") { Minimum = -90, Maximum = 90 };
    public static readonly FieldSpec StopLongitude = new("longitude", FieldType.Number, "longitude de l'emplacement") { Minimum = -180, Maximum = 180 };
    public static readonly FieldSpec StopSeances = FieldSpec.ListOf("seances", FieldType.TimeRange, "séances de ce jour, si elles diffèrent de seances_par_defaut") with
    {
        IfEmpty = "un passage a au moins une séance. Écrivez ses horaires, par exemple [\"14:00-17:00\"], ou retirez la ligne « seances » pour reprendre les seances_par_defaut de la tournée.",
    };
    public static readonly FieldSpec StopTheme = new("theme", FieldType.Text, "ce qui sera appris, par exemple « Découvrir l'ordinateur et internet »");
    public static readonly FieldSpec StopInscription = RegistrationFields.Group("comment s'inscrire");
    public static readonly FieldSpec StopStatut = FieldSpec.Choice("statut", Vocabularies.StopStatuses, "confirme, complet ou annule") with { Required = true };
    public static readonly FieldSpec StopMotif = new("motif_annulation", FieldType.Text, "raison de l'annulation, affichée au public");
    public static readonly FieldSpec StopDateInitiale = new("date_initiale", FieldType.Date,
        "pour un passage déplacé à un autre jour : la date annoncée au départ, AAAA-MM-JJ (les agendas qui l'ont importé gardent le même rendez-vous, à la nouvelle date)");
    public static readonly FieldSpec StopDateMaj = new("date_maj", FieldType.Date, "date de la dernière modification de ce passage, si elle diffère de celle de la tournée");

    public static IReadOnlyList<FieldSpec> StopFields { get; } =
        [StopDate, StopRegulier, StopCodeInsee, StopLieu, StopLatitude, StopLongitude, StopSeances, StopTheme, StopInscription, StopStatut, StopMotif, StopDateMaj, StopDateInitiale, StopFormat, StopAccueil];

    public static readonly FieldSpec Arrets = FieldSpec.ObjectList("arrets", "passages du bus : un par jour et par commune, ou réguliers", [.. StopFields]);

    public static IReadOnlyList<FieldSpec> All { get; } =
    [
        Nom, Operateur, Contact, Format, Accueil, Places, InscritsMinimum, SeancesParDefaut, OrdinateursFournis, Financeurs, Services,
        ModalitesAccompagnement, Frais, Publics, Typologie, Dispositifs, FormationsLabels, PassNumerique, Presentation, DateMaj, Arrets,
    ];
}
