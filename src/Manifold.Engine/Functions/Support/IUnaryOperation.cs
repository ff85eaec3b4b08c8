using Manifold.Spi.Errors;

namespace Manifold.Engine.Functions.Support;

/// <summary>A row operation of one fixed-width value (negation, numeric casts); see <see cref="IBinaryOperation{TLeft, TRight, TResult}"/>.</summary>
internal interface IUnaryOperation<TInput, TResult>
{
    /// <summary>False when <see cref="Apply"/> never fails.</summary>
    bool CanFail { get; }

    /// <summary>Computes one row; sets <c>failed</c> instead of throwing.</summary>
    TResult Apply(TInput value, ref bool failed);

    /// <summary>The error for a row for which <see cref="Apply"/> failed.</summary>
    ManifoldException Error(TInput value);
}
