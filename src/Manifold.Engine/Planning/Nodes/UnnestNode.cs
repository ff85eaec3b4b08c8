using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>One unnested input: an array (one output) or a map (key and value outputs), or an array of rows (one output
/// per field).</summary>
public sealed record UnnestMapping(Symbol Input, NodeList<Symbol> Outputs);

/// <summary>For each input row, emits one row per element of the longest unnested collection (shorter ones padded with
/// NULL), repeating <see cref="Replicate"/> columns; optionally numbers the elements from 1.</summary>
/// <param name="Source">The input.</param>
/// <param name="Replicate">Input columns copied to every output row.</param>
/// <param name="Mappings">The unnested collections.</param>
/// <param name="Ordinality">WITH ORDINALITY output, or null.</param>
/// <param name="Outer">Keep input rows whose collections are all empty or NULL (LEFT JOIN UNNEST … ON TRUE).</param>
public sealed record UnnestNode(PlanNode Source, NodeList<Symbol> Replicate, NodeList<UnnestMapping> Mappings, Symbol? Ordinality, bool Outer) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs
    {
        get
        {
            var outputs = new List<Symbol>(Replicate);
            foreach (UnnestMapping mapping in Mappings)
            {
                outputs.AddRange(mapping.Outputs);
            }
            if (Ordinality is not null)
            {
                outputs.Add(Ordinality);
            }
            return outputs;
        }
    }

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
