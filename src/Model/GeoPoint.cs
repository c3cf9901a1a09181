namespace Relais.Model;

/// <summary>WGS84 degrees. Distances between points are decided in Resolve (GreatCircle), nowhere else.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);
