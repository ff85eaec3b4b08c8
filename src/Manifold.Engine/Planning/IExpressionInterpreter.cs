using Manifold.Engine.Planning.Expressions;

namespace Manifold.Engine.Planning;

/// <summary>Evaluates an expression without inputs at planning time (literals, constant folding). Implemented by the
/// executor; declared here so planning and optimization need not depend on execution.</summary>
public interface IExpressionInterpreter
{
    /// <summary>The value (boxed physical form, null for NULL) of an expression that references no symbols.</summary>
    /// <exception cref="Spi.Errors.ManifoldException">Evaluation failed (e.g. a bad cast).</exception>
    object? Evaluate(BoundExpression expression);
}
