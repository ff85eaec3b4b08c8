namespace Manifold.SqlLogicTest;

/// <summary>How a query's rendered values are ordered before they are compared or hashed.</summary>
public enum SortMode
{
    /// <summary>In the order the engine returned the rows.</summary>
    NoSort,

    /// <summary>Rows sorted by their rendered values, column by column, compared as byte strings.</summary>
    RowSort,

    /// <summary>Every value sorted on its own, row boundaries ignored, compared as byte strings.</summary>
    ValueSort,
}
