using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("ltrim", Description = "The string with whitespace, or the given characters, removed from the start.", Example = "ltrim('  abc  ') = 'abc  '")]
internal sealed class LtrimFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar(x)", "varchar(x)"),
        FunctionSignature.Of("varchar(x)", "varchar(x)", "varchar(y)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Utf8TrimKernel(function.ReturnType, left: true, right: false);
}
