using Manifold.Spi.Errors;

namespace Manifold.Spi.Memory;

/// <summary>Counts the bytes a query (or one of its operators) holds, and fails the query when a limit is exceeded.</summary>
/// <remarks>
/// Contexts form a tree: a reservation is charged to the context and all its ancestors, and fails with
/// EXCEEDED_LOCAL_MEMORY_LIMIT if any of them would go over its limit; nothing is charged then. Thread-safe.
/// </remarks>
public sealed class MemoryContext
{
    private readonly MemoryContext? _parent;
    private long _reserved;
    private long _peak;

    /// <summary>Creates a root context with a limit in bytes (<see cref="long.MaxValue"/> for none).</summary>
    public MemoryContext(string name, long limitBytes)
        : this(name, limitBytes, null)
    {
    }

    private MemoryContext(string name, long limitBytes, MemoryContext? parent)
    {
        Name = name;
        LimitBytes = limitBytes;
        _parent = parent;
    }

    /// <summary>What this context accounts for, e.g. a query id or an operator name.</summary>
    public string Name { get; }

    /// <summary>The limit in bytes.</summary>
    public long LimitBytes { get; }

    /// <summary>Bytes currently reserved here (including children).</summary>
    public long ReservedBytes => Interlocked.Read(ref _reserved);

    /// <summary>The largest value <see cref="ReservedBytes"/> has had.</summary>
    public long PeakBytes => Interlocked.Read(ref _peak);

    /// <summary>A child context whose reservations also count here.</summary>
    public MemoryContext CreateChild(string name, long limitBytes = long.MaxValue) => new(name, limitBytes, this);

    /// <summary>Reserves <paramref name="bytes"/>, or throws EXCEEDED_LOCAL_MEMORY_LIMIT and reserves nothing.</summary>
    public void Reserve(long bytes)
    {
        if (bytes <= 0)
        {
            Free(-bytes);
            return;
        }
        MemoryContext? failed = null;
        MemoryContext? context = this;
        while (context is not null)
        {
            long now = Interlocked.Add(ref context._reserved, bytes);
            if (now > context.LimitBytes)
            {
                failed = context;
                break;
            }
            UpdatePeak(context, now);
            context = context._parent;
        }
        if (failed is null)
        {
            return;
        }
        for (MemoryContext? undo = this; undo is not null; undo = undo._parent)
        {
            Interlocked.Add(ref undo._reserved, -bytes);
            if (undo == failed)
            {
                break;
            }
        }
        throw new ManifoldException(
            StandardErrorCode.ExceededLocalMemoryLimit,
            $"Query exceeded per-node memory limit of {FormatBytes(failed.LimitBytes)} ({failed.Name})");
    }

    /// <summary>Returns <paramref name="bytes"/> reserved earlier.</summary>
    public void Free(long bytes)
    {
        if (bytes <= 0)
        {
            return;
        }
        for (MemoryContext? context = this; context is not null; context = context._parent)
        {
            Interlocked.Add(ref context._reserved, -bytes);
        }
    }

    /// <summary>Sets the reservation of this context to <paramref name="bytes"/> (reserving or freeing the difference).</summary>
    public void SetBytes(long bytes)
    {
        long delta = bytes - ReservedBytes;
        if (delta > 0)
        {
            Reserve(delta);
        }
        else
        {
            Free(-delta);
        }
    }

    /// <summary>Formats a byte count the way Trino does: <c>1.5GB</c>, <c>20MB</c>.</summary>
    public static string FormatBytes(long bytes)
    {
        string[] units = ["B", "kB", "MB", "GB", "TB", "PB"];
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return value == Math.Floor(value)
            ? $"{value:0}{units[unit]}"
            : $"{value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}{units[unit]}";
    }

    private static void UpdatePeak(MemoryContext context, long now)
    {
        long peak = Interlocked.Read(ref context._peak);
        while (now > peak)
        {
            long seen = Interlocked.CompareExchange(ref context._peak, now, peak);
            if (seen == peak)
            {
                break;
            }
            peak = seen;
        }
    }
}
