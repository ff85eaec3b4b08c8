using Manifold.Spi.Errors;

namespace Manifold.Engine.Functions.Operators;

/// <summary>Errors shared by the operators.</summary>
internal static class OperatorErrors
{
    public static ManifoldException DivisionByZero() => new(StandardErrorCode.DivisionByZero, "Division by zero");

    public static ManifoldException DecimalOverflow() => new(StandardErrorCode.NumericValueOutOfRange, "Decimal overflow");
}
