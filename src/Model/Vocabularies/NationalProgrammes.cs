namespace Relais.Model.Vocabularies;

/// <summary>The standard's « dispositif programmes nationaux ».</summary>
public enum NationalProgramme
{
    AidantsConnect,
    ReferenceDigitalLibraries,
    PixCertification,
    DigitalAdvisors,
    EmmausConnect,
    FranceServices,
    GrandeEcoleDuNumerique,
    RedCross,
    CafDigitalPoint,
    PromeneursDuNet,
    EmmausConnectRelay,
}

public static partial class Vocabularies
{
    public static Vocabulary<NationalProgramme> NationalProgrammes { get; } = new(
        new(NationalProgramme.AidantsConnect, "Aidants Connect", "Aidants Connect (démarches faites pour vous, en sécurité)"),
        new(NationalProgramme.ReferenceDigitalLibraries, "Bibliothèques numérique de référence", "Bibliothèque numérique de référence"),
        new(NationalProgramme.PixCertification, "Certification PIX", "Certification Pix"),
        new(NationalProgramme.DigitalAdvisors, "Conseillers numériques", "Conseiller numérique"),
        new(NationalProgramme.EmmausConnect, "Emmaüs Connect", "Emmaüs Connect"),
        new(NationalProgramme.FranceServices, "France Services", "France Services"),
        new(NationalProgramme.GrandeEcoleDuNumerique, "Grande école du numérique", "Grande école du numérique"),
        new(NationalProgramme.RedCross, "La Croix Rouge", "La Croix-Rouge"),
        new(NationalProgramme.CafDigitalPoint, "Point d'accès numérique CAF", "Point d'accès numérique de la CAF"),
        new(NationalProgramme.PromeneursDuNet, "Promeneurs du net", "Promeneurs du net"),
        new(NationalProgramme.EmmausConnectRelay, "Relais numérique (Emmaüs Connect)", "Relais numérique Emmaüs Connect"));
}
