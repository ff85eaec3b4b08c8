using System.Diagnostics;

namespace Manifold.Bench.Tpch;

/// <summary>The process's peak resident memory (<see cref="Process.PeakWorkingSet64"/>), resettable on Linux so each
/// query gets its own peak.</summary>
/// <remarks>Linux resets the peak (VmHWM) to the current resident size when <c>5</c> is written to
/// <c>/proc/self/clear_refs</c>. Elsewhere the peak only grows, and a query's figure is the peak so far.</remarks>
internal sealed class PeakMemory
{
    private long _overall;

    /// <summary>The highest peak observed over the whole run, across resets.</summary>
    public long Overall => Math.Max(_overall, Current());

    /// <summary>True when <see cref="Reset"/> works on this system.</summary>
    public bool CanReset { get; } = OperatingSystem.IsLinux() && File.Exists("/proc/self/clear_refs");

    /// <summary>The peak since the last reset, in bytes.</summary>
    public static long Current()
    {
        using Process process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>Records the peak so far and starts a new one at the current resident size.</summary>
    public void Reset()
    {
        _overall = Math.Max(_overall, Current());
        if (!CanReset)
        {
            return;
        }
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
