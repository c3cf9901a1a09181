using Relais.Model;

namespace Relais.Generator.Validate;

/// <summary>Rough boxes around metropolitan France and the overseas territories the national
/// standard covers: enough to catch a swapped or mistyped coordinate, not to draw borders.</summary>
public static class FranceBounds
{
    private static readonly (double South, double North, double West, double East)[] Boxes =
    [
        (41.3, 51.2, -5.3, 9.7),       // metropolitan France and Corsica
        (15.8, 16.6, -61.9, -60.9),    // Guadeloupe
        (14.3, 14.95, -61.3, -60.8),   // Martinique
        (2.1, 5.8, -54.7, -51.6),      // Guyane
        (-21.45, -20.85, 55.2, 55.85), // La Réunion
        (-13.05, -12.6, 45.0, 45.35),  // Mayotte
        (46.7, 47.15, -56.45, -56.1),  // Saint-Pierre-et-Miquelon
        (17.85, 18.15, -63.2, -62.75), // Saint-Martin, Saint-Barthélemy
        (-28.0, -7.0, -155.0, -134.0), // Polynésie française
        (-23.0, -19.5, 163.5, 168.2),  // Nouvelle-Calédonie
        (-14.4, -13.1, -178.3, -176.1), // Wallis-et-Futuna
    ];

    public static bool Contains(GeoPoint point) =>
        Boxes.Any(b => point.Latitude >= b.South && point.Latitude <= b.North && point.Longitude >= b.West && point.Longitude <= b.East);
}
