namespace Relais.Model.Resolved;

/// <summary>An offer and its great-circle distance from where the question was asked.</summary>
public sealed record Nearby<T>(T Item, double DistanceKm);
