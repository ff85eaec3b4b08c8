using System.Collections.Concurrent;
using System.Net;

namespace Manifold.Server.Security;

/// <summary>Limits failed logins per user name and remote address, so guessing passwords (or replaying bad tokens) costs
/// the guesser and nobody else: once a key is blocked, its requests are refused before any credential is checked.</summary>
/// <remarks>
/// A token bucket per key: <c>maxFailures</c> failures are allowed at once, and the allowance refills evenly over
/// <c>window</c>. Every attempt takes one unit before its credentials are checked and gets it back unless it
/// fails. A key without a unit left gets HTTP 429 with <c>Retry-After</c> until one has refilled. Other users,
/// and the same user from another address, are never affected. Keys whose bucket is full again are dropped when the table
/// grows, so a flood of invented user names cannot grow it without bound.
/// </remarks>
internal sealed class FailedLoginLimiter(int maxFailures, TimeSpan window, TimeProvider time)
{
    private const int SweepThreshold = 10_000;
    private readonly ConcurrentDictionary<(string User, IPAddress? Address), Bucket> _buckets = new();
    private readonly double _refillPerTick = window > TimeSpan.Zero ? maxFailures / (double)window.Ticks : 0;

    /// <summary>Whether the limiter is on (<c>max-failed-attempts</c> above 0).</summary>
    public bool Enabled => maxFailures > 0;

    /// <summary>Takes one attempt from the key's allowance before its credentials are checked, so concurrent guesses
    /// cannot overrun it. False (with the time until the next attempt is allowed) when the allowance is used up.</summary>
    public bool TryBegin(string user, IPAddress? address, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!Enabled)
        {
            return true;
        }
        if (_buckets.Count >= SweepThreshold)
        {
            Sweep();
        }
        long now = time.GetTimestamp();
        Bucket bucket = _buckets.GetOrAdd((user, address), static (_, state) => new Bucket(state.Max, state.Now), (Max: maxFailures, Now: now));
        lock (bucket)
        {
            double tokens = bucket.Refill(now, time.TimestampFrequency, _refillPerTick, maxFailures);
            if (tokens >= 1)
            {
                bucket.Tokens = tokens - 1;
                return true;
            }
            retryAfter = _refillPerTick > 0 ? TimeSpan.FromTicks((long)Math.Ceiling((1 - tokens) / _refillPerTick)) : TimeSpan.MaxValue;
            return false;
        }
    }

    /// <summary>The attempt <see cref="TryBegin"/> took did not fail (verified, or no credentials sent): gives it back.</summary>
    public void Refund(string user, IPAddress? address)
    {
        if (Enabled && _buckets.TryGetValue((user, address), out Bucket? bucket))
        {
            lock (bucket)
            {
                bucket.Tokens = Math.Min(maxFailures, bucket.Tokens + 1);
                bucket.Reported = false;
            }
        }
    }

    /// <summary>The attempt failed and keeps its cost. True once per block: when this failure used up the allowance
    /// (the caller logs the block).</summary>
    public bool Failed(string user, IPAddress? address)
    {
        if (!Enabled || !_buckets.TryGetValue((user, address), out Bucket? bucket))
        {
            return false;
        }
        lock (bucket)
        {
            if (bucket.Tokens >= 1 || bucket.Reported)
            {
                return false;
            }
            bucket.Reported = true;
            return true;
        }
    }

    /// <summary>The number of keys tracked (for tests).</summary>
    internal int TrackedKeys => _buckets.Count;

    private void Sweep()
    {
        long now = time.GetTimestamp();
        foreach (KeyValuePair<(string, IPAddress?), Bucket> entry in _buckets)
        {
            lock (entry.Value)
            {
                if (entry.Value.Refill(now, time.TimestampFrequency, _refillPerTick, maxFailures) >= maxFailures)
                {
                    _buckets.TryRemove(entry);
                }
            }
        }
    }

    private sealed class Bucket(double tokens, long updated)
    {
        public double Tokens { get; set; } = tokens;

        /// <summary>Whether the current block was reported (reset when an attempt succeeds).</summary>
        public bool Reported { get; set; }

        private long _updated = updated;

        /// <summary>Adds what refilled since the last update (capped at the allowance) and returns the tokens now.</summary>
        public double Refill(long now, long frequency, double refillPerTick, int max)
        {
            double elapsedTicks = (now - _updated) * (double)TimeSpan.TicksPerSecond / frequency;
            _updated = now;
            Tokens = Math.Min(max, Tokens + elapsedTicks * refillPerTick);
            return Tokens;
        }
    }
}
