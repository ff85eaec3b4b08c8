using Manifold.Sql.Tree;
using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>A searched CASE: the result of the first condition that is TRUE, else the default (NULL when absent). Each
/// result is evaluated only for the rows that select it.</summary>
/// <remarks>Simple CASE, IF and NULLIF are planned as this.</remarks>
public sealed record CaseExpression(NodeList<BoundExpression> Conditions, NodeList<BoundExpression> Results, BoundExpression? Default, SqlType ResultType)
    : BoundExpression(ResultType)
{
    /// <inheritdoc />
    public override IEnumerable<BoundExpression> Children
        => Default is null ? Conditions.Concat(Results) : Conditions.Concat(Results).Append(Default);

    /// <inheritdoc />
    public override BoundExpression WithChildren(IReadOnlyList<BoundExpression> children)
    {
        int n = Conditions.Count;
        return this with
        {
            Conditions = children.Take(n).ToArray(),
            Results = children.Skip(n).Take(n).ToArray(),
            Default = Default is null ? null : children[2 * n],
        };
    }
}
