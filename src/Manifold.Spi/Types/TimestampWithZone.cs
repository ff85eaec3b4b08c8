namespace Manifold.Spi.Types;

/// <summary>The physical value of <c>timestamp(p) with time zone</c>: an instant plus the zone it is shown in.</summary>
/// <param name="EpochMicros">Microseconds since 1970-01-01T00:00:00Z.</param>
/// <param name="ZoneKey">The zone, as a key of <see cref="TimeZoneKey"/>.</param>
/// <remarks>Equality, ordering and hashing use the instant alone, as in Trino.</remarks>
public readonly record struct TimestampWithZone(long EpochMicros, short ZoneKey) : IComparable<TimestampWithZone>
{
    /// <inheritdoc />
    public int CompareTo(TimestampWithZone other) => EpochMicros.CompareTo(other.EpochMicros);

    /// <inheritdoc />
    public bool Equals(TimestampWithZone other) => EpochMicros == other.EpochMicros;

    /// <inheritdoc />
    public override int GetHashCode() => EpochMicros.GetHashCode();
}
