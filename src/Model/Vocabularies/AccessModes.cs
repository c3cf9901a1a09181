namespace Relais.Model.Vocabularies;

/// <summary>The standard's « modalités d'accès »: how to get the help.</summary>
public enum AccessMode
{
    WalkIn,
    Phone,
    Email,
    OnlineBooking,
    NoPublic,
    Referral,
}

public static partial class Vocabularies
{
    public static Vocabulary<AccessMode> AccessModes { get; } = new(
        new(AccessMode.WalkIn, "Se présenter", "Venir sur place, sans rendez-vous"),
        new(AccessMode.Phone, "Téléphoner", "Téléphoner avant de venir"),
        new(AccessMode.Email, "Contacter par mail", "Écrire un courriel"),
        new(AccessMode.OnlineBooking, "Prendre un RDV en ligne", "Prendre rendez-vous sur internet"),
        new(AccessMode.NoPublic, "Ce lieu n'accueille pas de public", "Ce lieu ne reçoit pas de public"),
        new(AccessMode.Referral, "Envoyer un mail avec une fiche de prescription", "Sur orientation d'un travailleur social"));
}
