namespace Relais.Model.Vocabularies;

/// <summary>The standard's « services »: what kind of help is offered.</summary>
public enum Service
{
    AdministrativeProcedures,
    EverydayDigitalTools,
    JobSeeking,
    SafeUse,
    Parenting,
    Leisure,
    UnderstandingDigital,
    InternetAccess,
    AffordableEquipment,
}

public static partial class Vocabularies
{
    public static Vocabulary<Service> Services { get; } = new(
        new(Service.AdministrativeProcedures, "Aide aux démarches administratives", "Être aidé pour les démarches en ligne (impôts, retraite, santé, CAF…)"),
        new(Service.EverydayDigitalTools, "Maîtrise des outils numériques du quotidien", "Apprendre à se servir d'un ordinateur, d'une tablette ou d'un téléphone"),
        new(Service.JobSeeking, "Insertion professionnelle via le numérique", "Chercher un emploi ou une formation sur internet"),
        new(Service.SafeUse, "Utilisation sécurisée du numérique", "Se protéger des arnaques et protéger ses données"),
        new(Service.Parenting, "Parentalité et éducation avec le numérique", "Accompagner enfants et petits-enfants face aux écrans"),
        new(Service.Leisure, "Loisirs et créations numériques", "Loisirs : photos, vidéos, jeux, création"),
        new(Service.UnderstandingDigital, "Compréhension du monde numérique", "Comprendre le numérique et ce qu'il change"),
        new(Service.InternetAccess, "Accès internet et matériel informatique", "Utiliser un ordinateur et internet sur place"),
        new(Service.AffordableEquipment, "Acquisition de matériel informatique à prix solidaire", "Acheter un ordinateur ou un téléphone à petit prix"));
}
