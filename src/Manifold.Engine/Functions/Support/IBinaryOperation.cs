using Manifold.Spi.Errors;

namespace Manifold.Engine.Functions.Support;

/// <summary>A row operation of two fixed-width values, implemented by small readonly structs so that
/// <see cref="BinaryLoop"/> is specialized and inlined per operation.</summary>
/// <remarks><see cref="Apply"/> never throws: it sets <c>failed</c> for a bad row (overflow, division by zero) and
/// returns anything. The loop then looks for the first non-null bad row and throws <see cref="Error"/> once.</remarks>
internal interface IBinaryOperation<TLeft, TRight, TResult>
{
    /// <summary>False when <see cref="Apply"/> never fails; lets loops evaluate dictionaries instead of rows.</summary>
    bool CanFail { get; }

    /// <summary>Computes one row.</summary>
    TResult Apply(TLeft left, TRight right, ref bool failed);

    /// <summary>The error for a row for which <see cref="Apply"/> failed.</summary>
    ManifoldException Error(TLeft left, TRight right);
}
