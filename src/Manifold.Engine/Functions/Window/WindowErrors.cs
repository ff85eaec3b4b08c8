using System.Diagnostics.CodeAnalysis;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Functions.Window;

/// <summary>Throw sites of the window kernels.</summary>
internal static class WindowErrors
{
    [DoesNotReturn]
    public static void InvalidArgument(string message)
        => throw new ManifoldException(StandardErrorCode.InvalidFunctionArgument, message);
}
