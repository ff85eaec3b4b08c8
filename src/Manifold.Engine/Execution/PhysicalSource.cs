using Manifold.Engine.Execution.Operators;
using Manifold.Engine.Planning;

namespace Manifold.Engine.Execution;

/// <summary>A planned subtree: one or more worker pipelines producing pages whose channels hold <see cref="Layout"/>.</summary>
/// <remarks>Several workers mean the subtree runs in parallel (each pulls its own splits); their outputs together form the
/// subtree's rows, in no particular order. A single worker is an ordinary (possibly ordered) stream.</remarks>
internal sealed record PhysicalSource(IReadOnlyList<Func<IOperator>> Workers, IReadOnlyList<Symbol> Layout)
{
    /// <summary>Symbol → channel.</summary>
    public Dictionary<Symbol, int> Channels()
    {
        var channels = new Dictionary<Symbol, int>();
        for (int i = 0; i < Layout.Count; i++)
        {
            channels.TryAdd(Layout[i], i);
        }
        return channels;
    }

    /// <summary>The channel of a symbol.</summary>
    public int Channel(Symbol symbol)
    {
        for (int i = 0; i < Layout.Count; i++)
        {
            if (Layout[i] == symbol)
            {
                return i;
            }
        }
        throw new InvalidOperationException($"Symbol {symbol} is not produced by this source ({string.Join(", ", Layout)})");
    }

    /// <summary>One stream of all rows: the single worker, or a gather over the workers.</summary>
    public IOperator Single() => Workers.Count == 1 ? Workers[0]() : new GatherOperator(Workers);

    /// <summary>Whether this source runs on several workers.</summary>
    public bool IsParallel => Workers.Count > 1;
}
