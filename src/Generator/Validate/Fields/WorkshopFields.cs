using Relais.Model.Vocabularies;

namespace Relais.Generator.Validate.Fields;

/// <summary>Front matter keys of content/ateliers/*.md; the Markdown body is the programme.</summary>
public static class WorkshopFields
{
    public static readonly FieldSpec SessionDate = new("date", FieldType.Date, "jour de la séance, AAAA-MM-JJ") { Required = true };
    public static readonly FieldSpec SessionHoraire = new("horaire", FieldType.TimeRange, "horaire de la séance, par exemple « 14:00-16:30 »") { Required = true };

    public static readonly FieldSpec WeeklyJour = FieldSpec.Choice("jour", Vocabularies.Weekdays, "jour de la semaine, en toutes lettres") with { Required = true };
    public static readonly FieldSpec WeeklyHoraire = new("horaire", FieldType.TimeRange, "horaire, par exemple « 14:00-16:30 »") { Required = true };
    public static readonly FieldSpec WeeklyDu = new("du", FieldType.Date, "première séance, AAAA-MM-JJ") { Required = true };
    public static readonly FieldSpec WeeklyAu = new("au", FieldType.Date, "dernière séance au plus tard, AAAA-MM-JJ") { Required = true };
    public static readonly FieldSpec WeeklySauf = FieldSpec.ListOf("sauf", FieldType.Date, "jours sans séance (vacances, jours fériés)");

    public static readonly FieldSpec Titre = new("titre", FieldType.Text, "titre de l'atelier") { Required = true };
    public static readonly FieldSpec Organisateur = new("organisateur", FieldType.Slug, "lieu qui organise : nom du fichier dans content/lieux, sans « .yml »") { Required = true };
    public static readonly FieldSpec Lieu = new("lieu", FieldType.Text, "salle où se tiennent les séances, par exemple « Salle du conseil de la mairie »") { Required = true };
    public static readonly FieldSpec Adresse = new("adresse", FieldType.Text, "adresse de la salle");
    public static readonly FieldSpec CodeInsee = new("code_insee", FieldType.CodeInsee, "commune de la salle (code INSEE)") { Required = true };
    public static readonly FieldSpec Latitude = new("latitude", FieldType.Number, "latitude de la salle (facultatif : centre de la commune sinon)") { Minimum = -90, Maximum = 90 };
    public static readonly FieldSpec Longitude = new("longitude", FieldType.Number, "longitude de la salle") { Minimum = -180, Maximum = 180 };
    public static readonly FieldSpec Niveau = FieldSpec.Choice("niveau", Vocabularies.Levels, "niveau attendu") with { Required = true };
    public static readonly FieldSpec Places = new("places", FieldType.Integer, "nombre de participants par groupe") { Required = true, Minimum = 1, Maximum = 100 };
    public static readonly FieldSpec PlacesLibres = new("places_libres", FieldType.Integer, "places encore libres") { Minimum = 0, Maximum = 100 };
    public static readonly FieldSpec Dates = FieldSpec.ObjectList("dates", "séances une à une (ou bien chaque_semaine)", SessionDate, SessionHoraire) with
    {
        IfEmpty = "une série a au moins une séance. Écrivez-en une par ligne, par exemple « - { date: 2027-01-12, horaire: \"14:00-16:30\" } », ou décrivez-les avec « chaque_semaine: ».",
    };
    public static readonly FieldSpec ChaqueSemaine = new("chaque_semaine", FieldType.Object, "séances hebdomadaires (ou bien dates)") { Fields = [WeeklyJour, WeeklyHoraire, WeeklyDu, WeeklyAu, WeeklySauf] };
    public static readonly FieldSpec Frais = FieldSpec.ChoiceList("frais_a_charge", Vocabularies.Fees, "conditions financières") with { Required = true };
    public static readonly FieldSpec Tarif = new("tarif", FieldType.Text, "prix en clair, par exemple « 20 € l'année, adhésion comprise »");
    public static readonly FieldSpec PassNumerique = new("pass_numerique", FieldType.Boolean, "chèques APTIC / Pass numérique acceptés : oui ou non");
    public static readonly FieldSpec Inscription = RegistrationFields.Group("comment s'inscrire");
    public static readonly FieldSpec Services = FieldSpec.ChoiceList("services", Vocabularies.Services, "ce qui est appris");
    public static readonly FieldSpec Publics = FieldSpec.ChoiceList("publics", Vocabularies.Audiences, "publics visés");
    public static readonly FieldSpec Resume = new("resume", FieldType.Text, "une phrase qui résume l'atelier") { MaxLength = 280 };
    public static readonly FieldSpec DateMaj = new("date_maj", FieldType.Date, "date de la dernière modification des séances (horaire, salle, dates), AAAA-MM-JJ (les agendas abonnés s'en servent pour voir un changement)");

    public static IReadOnlyList<FieldSpec> All { get; } =
    [
        Titre, Organisateur, Lieu, Adresse, CodeInsee, Latitude, Longitude, Niveau, Places, PlacesLibres, Dates,
        ChaqueSemaine, Frais, Tarif, PassNumerique, Inscription, Services, Publics, Resume, DateMaj,
    ];
}
