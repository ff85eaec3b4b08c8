namespace Manifold.Sql.Parsing;

/// <summary>Classes of input named in "Expecting:" lists instead of every token they could start with.</summary>
internal enum ExpectedCategory
{
    Expression,
    Identifier,
    String,
    Integer,
    Type,
    Query,
}
