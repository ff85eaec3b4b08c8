using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Expressions;

/// <summary>A compiled expression: computes one result vector per input page.</summary>
/// <remarks>Evaluators are created per operator instance and used by one thread; they may cache per-instance state.</remarks>
internal abstract class VectorEvaluator
{
    /// <summary>The result type.</summary>
    public abstract SqlType Type { get; }

    /// <summary>Computes the value for every row of <paramref name="page"/>.</summary>
    public abstract Vector Evaluate(Page page, QueryContext context);

    /// <summary>Adds the input channels this evaluator reads.</summary>
    public abstract void CollectChannels(HashSet<int> channels);

    /// <summary>The input channels read.</summary>
    public HashSet<int> Channels()
    {
        var channels = new HashSet<int>();
        CollectChannels(channels);
        return channels;
    }
}
