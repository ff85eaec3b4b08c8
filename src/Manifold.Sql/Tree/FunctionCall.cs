namespace Manifold.Sql.Tree;

/// <summary>name([DISTINCT] args [ORDER BY …]) [WITHIN GROUP (ORDER BY …)] [FILTER (WHERE …)] [IGNORE|RESPECT NULLS] [OVER …]; count(*) has no arguments.</summary>
/// <param name="Name">Name.</param>
/// <param name="Distinct">Distinct.</param>
/// <param name="Arguments">Arguments.</param>
/// <param name="Filter">Filter.</param>
/// <param name="OrderBy">OrderBy.</param>
/// <param name="Window">Window.</param>
/// <param name="NullTreatment">NullTreatment.</param>
public sealed record FunctionCall(QualifiedName Name, bool Distinct, NodeList<Expression> Arguments, Expression? Filter, OrderBy? OrderBy, WindowSpecificationOrReference? Window, NullTreatment NullTreatment) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        foreach (var item in Arguments)
        {
            yield return item;
        }
        if (Filter is not null)
        {
            yield return Filter;
        }
        if (OrderBy is not null)
        {
            yield return OrderBy;
        }
        if (Window is not null)
        {
            yield return Window;
        }
    }
}
