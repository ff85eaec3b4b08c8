using System.Collections.Concurrent;

namespace Manifold.Spi.Types;

/// <summary>Maps time zone names to the small keys stored in <see cref="TimestampWithZone"/>, and back.</summary>
/// <remarks>
/// Key 0 is UTC. Fixed offsets <c>±HH:MM</c> (−14:00..+14:00) have keys 1..1681, one per minute. Named zones from
/// the IANA database get keys from 2000 up, in the order they are first asked for. Thread-safe.
/// </remarks>
public static class TimeZoneKey
{
    /// <summary>The key of UTC.</summary>
    public const short Utc = 0;

    private const int MaxOffsetMinutes = 14 * 60;
    private const short FirstNamedKey = 2000;

    private static readonly ConcurrentDictionary<string, short> s_byName = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<short, (string Name, TimeZoneInfo Zone)> s_byKey = new();
    private static readonly Lock s_gate = new();
    private static short s_nextNamed = FirstNamedKey;

    /// <summary>Returns the key for a zone name (<c>UTC</c>, <c>+02:00</c>, <c>America/New_York</c>).</summary>
    /// <exception cref="ArgumentException">The zone is unknown.</exception>
    public static short GetKey(string zoneName) => TryGetKey(zoneName, out short key)
        ? key
        : throw new ArgumentException($"Time zone not supported: {zoneName}", nameof(zoneName));

    /// <summary>Looks up the key for a zone name; false when the zone is unknown.</summary>
    public static bool TryGetKey(string zoneName, out short key)
    {
        string name = zoneName.Trim();
        if (name.Equals("UTC", StringComparison.OrdinalIgnoreCase) || name.Equals("Z", StringComparison.OrdinalIgnoreCase)
            || name.Equals("GMT", StringComparison.OrdinalIgnoreCase) || name.Equals("Etc/UTC", StringComparison.OrdinalIgnoreCase)
            || name.Equals("UT", StringComparison.OrdinalIgnoreCase))
        {
            key = Utc;
            return true;
        }
        if (TryParseOffset(name, out int minutes))
        {
            key = FromOffsetMinutes(minutes);
            return true;
        }
        if (s_byName.TryGetValue(name, out key))
        {
            return true;
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(name, out TimeZoneInfo? zone))
        {
            key = 0;
            return false;
        }
        lock (s_gate)
        {
            if (!s_byName.TryGetValue(name, out key))
            {
                key = s_nextNamed++;
                s_byKey[key] = (zone.Id, zone);
                s_byName[name] = key;
                s_byName[zone.Id] = key;
            }
        }
        return true;
    }

    /// <summary>The key of a fixed offset in minutes east of UTC.</summary>
    public static short FromOffsetMinutes(int minutes)
    {
        if (minutes == 0)
        {
            return Utc;
        }
        if (Math.Abs(minutes) > MaxOffsetMinutes)
        {
            throw new ArgumentOutOfRangeException(nameof(minutes), $"Time zone offset out of range: {minutes} minutes");
        }
        return (short)(minutes + MaxOffsetMinutes + 1);
    }

    /// <summary>The zone's display name: <c>UTC</c>, <c>+02:00</c> or the IANA id.</summary>
    public static string GetName(short key)
    {
        if (key == Utc)
        {
            return "UTC";
        }
        if (key < FirstNamedKey)
        {
            int minutes = key - MaxOffsetMinutes - 1;
            char sign = minutes < 0 ? '-' : '+';
            minutes = Math.Abs(minutes);
            return $"{sign}{minutes / 60:D2}:{minutes % 60:D2}";
        }
        return s_byKey.TryGetValue(key, out var entry) ? entry.Name : throw new ArgumentException($"Unknown time zone key {key}");
    }

    /// <summary>The zone's offset from UTC, in seconds, at an instant.</summary>
    public static int GetOffsetSeconds(short key, long epochMicros)
    {
        if (key == Utc)
        {
            return 0;
        }
        if (key < FirstNamedKey)
        {
            return (key - MaxOffsetMinutes - 1) * 60;
        }
        TimeZoneInfo zone = s_byKey[key].Zone;
        DateTime utc = DateTime.UnixEpoch.AddTicks(Math.Clamp(epochMicros, -62135596800000000L, 253402300799000000L) * 10);
        return (int)zone.GetUtcOffset(utc).TotalSeconds;
    }

    /// <summary>The offset in seconds that local wall-clock time (microseconds since the epoch, as if UTC) has in the zone.</summary>
    /// <remarks>For a gap (spring forward) the offset before the gap is used; for an overlap, the earlier offset.</remarks>
    public static int GetOffsetSecondsForLocal(short key, long localMicros)
    {
        if (key < FirstNamedKey)
        {
            return GetOffsetSeconds(key, localMicros);
        }
        TimeZoneInfo zone = s_byKey[key].Zone;
        DateTime local = DateTime.SpecifyKind(
            DateTime.UnixEpoch.AddTicks(Math.Clamp(localMicros, -62135596800000000L, 253402300799000000L) * 10), DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(-1);
        }
        TimeSpan[] ambiguous = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local) : [];
        return (int)(ambiguous.Length > 0 ? ambiguous.Max() : zone.GetUtcOffset(local)).TotalSeconds;
    }

    private static bool TryParseOffset(string name, out int minutes)
    {
        minutes = 0;
        ReadOnlySpan<char> text = name;
        if (text.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) || text.StartsWith("GMT", StringComparison.OrdinalIgnoreCase))
        {
            text = text[3..];
        }
        if (text.Length < 2 || (text[0] != '+' && text[0] != '-'))
        {
            return false;
        }
        int sign = text[0] == '-' ? -1 : 1;
        text = text[1..];
        int hours;
        int mins = 0;
        int colon = text.IndexOf(':');
        if (colon >= 0)
        {
            if (!int.TryParse(text[..colon], out hours) || !int.TryParse(text[(colon + 1)..], out mins))
            {
                return false;
            }
        }
        else if (text.Length == 4)
        {
            if (!int.TryParse(text[..2], out hours) || !int.TryParse(text[2..], out mins))
            {
                return false;
            }
        }
        else if (!int.TryParse(text, out hours))
        {
            return false;
        }
        if (hours > 14 || mins > 59 || (hours == 14 && mins > 0))
        {
            return false;
        }
        minutes = sign * (hours * 60 + mins);
        return true;
    }
}
