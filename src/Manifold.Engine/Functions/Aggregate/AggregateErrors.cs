using System.Diagnostics.CodeAnalysis;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>Throw sites of the aggregate accumulators, kept out of the hot loops.</summary>
internal static class AggregateErrors
{
    [DoesNotReturn]
    public static void BigintOverflow()
        => throw new ManifoldException(StandardErrorCode.NumericValueOutOfRange, "bigint addition overflow");

    [DoesNotReturn]
    public static void DecimalOverflow()
        => throw new ManifoldException(StandardErrorCode.NumericValueOutOfRange, "Decimal overflow");

    [DoesNotReturn]
    public static void InvalidArgument(string message)
        => throw new ManifoldException(StandardErrorCode.InvalidFunctionArgument, message);

    [DoesNotReturn]
    public static void FunctionMemoryLimit(string message)
        => throw new ManifoldException(StandardErrorCode.ExceededFunctionMemoryLimit, message);

    [DoesNotReturn]
    public static void UnsupportedType(string function, Spi.Types.SqlType type)
        => throw new ManifoldException(StandardErrorCode.NotSupported, $"{function} does not support type {type}");
}
