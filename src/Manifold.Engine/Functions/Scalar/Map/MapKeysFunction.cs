using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.Map;

[ScalarFunction("map_keys", Description = "The keys of the map as an array.", Example = "map_keys(MAP(ARRAY['a'], ARRAY[1])) = ARRAY['a']")]
internal sealed class MapKeysFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
        [FunctionSignature.Generic([new TypeVariable("K"), new TypeVariable("V")], "array(K)", "map(K,V)")];

    public IScalarKernel Specialize(BoundFunction function) => new MapPartKernel(function.ReturnType, keys: true);
}
