using System.Runtime.ExceptionServices;

namespace Manifold.Testing;

/// <summary>Runs code on a thread with a 1 MB stack, the size of the test host's, so depth limits are checked honestly.</summary>
public static class SmallStack
{
    public const int StackSize = 1024 * 1024;

    /// <summary>Runs <paramref name="action"/> on a new thread with a 1 MB stack and returns its result or rethrows its failure.</summary>
    public static T Run<T>(Func<T> action)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, StackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    public static void Run(Action action) => Run(() =>
    {
        action();
        return 0;
    });
}
