using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Manifold.Server.Security;

/// <summary>Recently verified credentials (a password, a token), so a client repeating them does not pay for bcrypt or a
/// signature check on every request. Entries are keyed by a digest of the credential (the cache never holds a secret),
/// expire on their own time, are all forgotten when the source they were verified against changes (a reloaded password
/// or key file), and are bounded: a full cache is emptied and refilled by the next requests.</summary>
/// <typeparam name="TValue">What the verification found (valid or not, the user).</typeparam>
/// <remarks>Thread-safe.</remarks>
internal sealed class VerificationCache<TValue>(int maxSize)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<UInt128, (TValue Value, DateTimeOffset Expires)> _entries = [];
    private object? _source;

    /// <summary>128 bits of the SHA-256 of <paramref name="credential"/>: no secret kept, a collision out of reach.</summary>
    public static UInt128 Key(string credential)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(credential), hash);
        return MemoryMarshal.Read<UInt128>(hash);
    }

    /// <summary>The cached result for <paramref name="key"/>, verified against <paramref name="source"/> and not expired
    /// at <paramref name="now"/>. A different source than last time empties the cache first.</summary>
    public bool TryGet(object source, UInt128 key, DateTimeOffset now, out TValue value)
    {
        lock (_lock)
        {
            if (!ReferenceEquals(source, _source))
            {
                _entries.Clear();   // reloaded: a removed user or key must not stay accepted
                _source = source;
            }
            if (_entries.TryGetValue(key, out var entry))
            {
                if (entry.Expires > now)
                {
                    value = entry.Value;
                    return true;
                }
                _entries.Remove(key);
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Remembers a result verified against <paramref name="source"/> until <paramref name="expires"/>; dropped
    /// when the source changed meanwhile.</summary>
    public void Add(object source, UInt128 key, TValue value, DateTimeOffset expires)
    {
        lock (_lock)
        {
            if (maxSize <= 0 || !ReferenceEquals(source, _source))
            {
                return;
            }
            if (_entries.Count >= maxSize)
            {
                _entries.Clear();
            }
            _entries[key] = (value, expires);
        }
    }
}
