namespace Manifold.Cli;

/// <summary>The process exit codes of the <c>manifold</c> tool.</summary>
internal static class ExitCodes
{
    /// <summary>Everything succeeded.</summary>
    public const int Success = 0;

    /// <summary>A statement or a command failed.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong: unknown option, missing or bad value.</summary>
    public const int Usage = 2;
}
