using Relais.Generator.Diagnostics;
using Relais.Model;
using Relais.Model.French;

namespace Relais.Generator.Validate;

/// <summary>
/// A place's point against its commune's centre. Far beyond the commune, a written place would
/// answer « aide la plus proche » for the wrong villages, so it is an error; overseas, where a
/// commune can span tens of kilometres (Guyane, La Réunion's heights), only the warning applies.
/// </summary>
public static class PlaceDistance
{
    /// <summary>Beyond this from its commune's centre, a metropolitan place is taken to be misplaced.</summary>
    public const double MaxKm = 30;

    /// <summary>Overseas departments and territories (INSEE codes 97x and 98x); Corsica's 2A and 2B are metropolitan.</summary>
    public static bool IsOverseas(Commune commune) => commune.Code.Value.StartsWith("97", StringComparison.Ordinal) || commune.Code.Value.StartsWith("98", StringComparison.Ordinal);

    /// <summary>Reports a place too far from its commune (an error), or far (the common warning).</summary>
    public static void Check(RecordReader reader, FieldSpec latitudeSpec, GeoPoint point, Commune commune)
    {
        var km = Resolve.GreatCircle.Km(point, commune.Location);
        if (km > MaxKm && !IsOverseas(commune))
        {
            reader.Report(DiagnosticCatalog.PlaceFarFromCommune, latitudeSpec,
                $"le lieu ({CommonReads.F(point.Latitude)}, {CommonReads.F(point.Longitude)}) est à {km.ToString("0", Fr.Culture)} km du centre {Fr.Of(commune.Name)} "
                + $"({CommonReads.F(commune.Location.Latitude)}, {CommonReads.F(commune.Location.Longitude)}), plus de {MaxKm.ToString("0", Fr.Culture)} km : "
                + "il serait proposé comme l'aide la plus proche de communes qu'il ne sert pas. Vérifiez latitude et longitude (sur openstreetmap.org, clic droit "
                + "« Afficher l'adresse ») et le code INSEE ; si vous ne connaissez pas la position, retirez latitude et longitude : le lieu sera placé au centre de la commune.");
            return;
        }
        CommonReads.WarnIfFar(reader, latitudeSpec, point, commune, km);
    }
}
