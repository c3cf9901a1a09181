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

    /// <summary>
    /// Serves someone over 60 first: free help, open to all or to seniors, from a place whose trade is
    /// it (France Services, an EPN, a conseiller numérique, a library) or which helps with online
    /// procedures or everyday digital skills. A coworking space or a paid course comes after.
    /// </summary>
    public static bool ServesSeniorsFirst(this Place place)
    {
        var free = place.Fees.Contains(Fee.Free) || place.Fees.Contains(Fee.FreeUnderConditions);
        var forThem = place.Audiences.Count == 0 || place.Audiences.Contains(Audience.Seniors);
        var trade = place.Programmes.Contains(NationalProgramme.FranceServices) || place.Programmes.Contains(NationalProgramme.DigitalAdvisors)
            || place.Typologies.Contains(Typology.Rfs) || place.Typologies.Contains(Typology.Epn) || place.Typologies.Contains(Typology.Bib);
        var help = place.Services.Contains(Service.AdministrativeProcedures) || place.Services.Contains(Service.EverydayDigitalTools);
        return free && forThem && (trade || help);
    }
}
