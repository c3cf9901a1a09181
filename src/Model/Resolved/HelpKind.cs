using Relais.Model.Vocabularies;

namespace Relais.Model.Resolved;

/// <summary>What a family comes for; a commune page shows the nearest place for each.</summary>
public enum HelpKind
{
    /// <summary>Help with online administrative procedures.</summary>
    Procedures,

    /// <summary>Learning to use a computer, a tablet or a phone.</summary>
    Learning,

    /// <summary>A computer and internet to use on the spot.</summary>
    Equipment,
}

public static class HelpKinds
{
    public static IReadOnlyList<HelpKind> All { get; } = [HelpKind.Procedures, HelpKind.Learning, HelpKind.Equipment];

    public static bool Offers(this Place place, HelpKind kind) => kind switch
    {
        HelpKind.Procedures => place.Services.Contains(Service.AdministrativeProcedures),
        HelpKind.Learning => place.Services.Contains(Service.EverydayDigitalTools) || place.SupportModes.Contains(SupportMode.Workshop),
        HelpKind.Equipment => place.Services.Contains(Service.InternetAccess),
        _ => false,
    };
}
