using System.Runtime.InteropServices;

namespace Manifold.Bench.Server;

/// <summary>CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>), to charge the
/// client's decoding separately from the in-process server's work. Zero elsewhere (<see cref="IsSupported"/>).</summary>
internal static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    /// <summary>Whether <see cref="NowTicks"/> measures anything.</summary>
    public static bool IsSupported { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>The calling thread's CPU time so far, in <see cref="TimeSpan"/> ticks (100 ns).</summary>
    public static long NowTicks()
    {
        if (!IsSupported || ClockGetTime(ClockThreadCpuTimeId, out Timespec time) != 0)
        {
            return 0;
        }
        return time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100;
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockThreadCpuTimeId, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out Timespec time);
}
