using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("rtrim", Description = "The string with whitespace, or the given characters, removed from the end.", Example = "rtrim('  abc  ') = '  abc'")]
internal sealed class RtrimFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar(x)", "varchar(x)"),
        FunctionSignature.Of("varchar(x)", "varchar(x)", "varchar(y)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Utf8TrimKernel(function.ReturnType, left: false, right: true);
}
