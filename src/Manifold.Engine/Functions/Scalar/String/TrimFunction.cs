using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("trim", Description = "The string with whitespace, or the given characters, removed from both ends.", Example = "trim('  abc  ') = 'abc'")]
internal sealed class TrimFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar(x)", "varchar(x)"),
        FunctionSignature.Of("varchar(x)", "varchar(x)", "varchar(y)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Utf8TrimKernel(function.ReturnType, left: true, right: true);
}
