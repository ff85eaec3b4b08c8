using System.Diagnostics.CodeAnalysis;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Throw sites for scalar kernels, kept out of hot loops.</summary>
internal static class FunctionErrors
{
    /// <summary>INVALID_FUNCTION_ARGUMENT.</summary>
    [DoesNotReturn]
    public static void InvalidArgument(string message) => throw new ManifoldException(StandardErrorCode.InvalidFunctionArgument, message);

    /// <summary>NUMERIC_VALUE_OUT_OF_RANGE.</summary>
    [DoesNotReturn]
    public static void OutOfRange(string message) => throw new ManifoldException(StandardErrorCode.NumericValueOutOfRange, message);

    /// <summary>DIVISION_BY_ZERO.</summary>
    [DoesNotReturn]
    public static void DivisionByZero() => throw new ManifoldException(StandardErrorCode.DivisionByZero, "Division by zero");

    /// <summary>NOT_SUPPORTED.</summary>
    [DoesNotReturn]
    public static void NotSupported(string message) => throw new ManifoldException(StandardErrorCode.NotSupported, message);

    /// <summary>INVALID_FUNCTION_ARGUMENT, as an exception to throw from an expression.</summary>
    public static ManifoldException InvalidArgumentException(string message) => new(StandardErrorCode.InvalidFunctionArgument, message);
}
