using Manifold.Spi.Vectors;

namespace Manifold.Spi.Functions;

/// <summary>A scalar function: overloads, and a kernel per bound overload. Mark the class with <see cref="ScalarFunctionAttribute"/>.</summary>
public interface IScalarFunction
{
    /// <summary>The overloads.</summary>
    IReadOnlyList<FunctionSignature> Signatures { get; }

    /// <summary>The kernel for one call site; called once at planning time.</summary>
    IScalarKernel Specialize(BoundFunction function);
}

/// <summary>Evaluates a scalar function over whole vectors.</summary>
/// <remarks>
/// Arguments may be flat, constant or dictionary vectors; never assume flat. Unless the function says otherwise, a NULL
/// argument gives a NULL result. A kernel reports bad input by throwing a <see cref="Errors.ManifoldException"/>
/// (INVALID_FUNCTION_ARGUMENT, NUMERIC_VALUE_OUT_OF_RANGE, DIVISION_BY_ZERO, …) once for the batch; under TRY the engine
/// re-evaluates row by row to find the failing rows. Kernels are shared by threads: keep them stateless.
/// </remarks>
public interface IScalarKernel
{
    /// <summary>Computes <paramref name="rowCount"/> results.</summary>
    Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context);
}
