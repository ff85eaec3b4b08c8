using Manifold.Engine.Analysis;
using Manifold.Engine.Planning.Expressions;
using Manifold.Sql.Tree;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using AstExpression = Manifold.Sql.Tree.Expression;

namespace Manifold.Engine.Planning;

internal sealed partial class ExpressionBinder
{
    private BoundExpression BindLiteral(AstExpression literal)
    {
        SourceLocation? location = At(literal);
        switch (literal)
        {
            case LongLiteral integer:
            {
                var (value, type) = LiteralParser.ParseInteger(integer.Text, location);
                return new ConstantExpression(value, type);
            }
            case DecimalLiteral decimalLiteral:
            {
                var (value, type) = LiteralParser.ParseDecimal(decimalLiteral.Text, location);
                return new ConstantExpression(value, type);
            }
            case DoubleLiteral doubleLiteral:
                return new ConstantExpression(LiteralParser.ParseDouble(doubleLiteral.Text, location), SqlType.Double);
            case StringLiteral text:
                return new ConstantExpression(text.Value, SqlType.CreateVarchar(CodePointCount(text.Value)));
            case BinaryLiteral binary:
                return new ConstantExpression(Convert.FromHexString(binary.Hex), SqlType.Varbinary);
            case IntervalLiteral interval:
            {
                var (value, type) = LiteralParser.ParseInterval(interval, location);
                return new ConstantExpression(value, type);
            }
            case GenericLiteral generic:
                return BindGenericLiteral(generic, location);
            default:
                throw new ManifoldException(StandardErrorCode.NotSupported, $"Unsupported literal: {literal.GetType().Name}", location);
        }
    }

    private BoundExpression BindGenericLiteral(GenericLiteral literal, SourceLocation? location)
    {
        string typeName = literal.Type.ToUpperInvariant();
        SqlType type;
        switch (typeName)
        {
            case "DECIMAL":
            {
                var (value, decimalType) = LiteralParser.ParseDecimal(literal.Value, location);
                return new ConstantExpression(value, decimalType);
            }
            case "TIMESTAMP":
            {
                var (precision, hasZone) = LiteralParser.DescribeTimestamp(literal.Value);
                if (precision > TimestampType.MaxPrecision)
                {
                    throw new ManifoldException(StandardErrorCode.NotSupported,
                        $"TIMESTAMP precision {precision} is not supported (maximum {TimestampType.MaxPrecision})", location);
                }
                type = hasZone ? SqlType.CreateTimestampWithTimeZone(precision) : SqlType.CreateTimestamp(precision);
                break;
            }
            case "TIME":
                type = SqlType.CreateTime(Math.Min(LiteralParser.DescribeTime(literal.Value), TimeType.MaxPrecision));
                break;
            case "CHAR":
                type = SqlType.CreateChar(Math.Max(1, CodePointCount(literal.Value)));
                break;
            case "VARCHAR":
                return new ConstantExpression(literal.Value, SqlType.CreateVarchar(CodePointCount(literal.Value)));
            case "JSON":
                // JSON 'text' is the JSON value the text holds (as json_parse), not a JSON string (as CAST would make it).
                try
                {
                    object? json = context.Interpreter.Evaluate(Call("json_parse", [new ConstantExpression(literal.Value, SqlType.Varchar)], location));
                    return new ConstantExpression(json, SqlType.Json);
                }
                catch (ManifoldException)
                {
                    throw new ManifoldException(StandardErrorCode.InvalidLiteral, $"'{literal.Value}' is not a valid JSON literal", location);
                }
            case "BINARY" or "VARBINARY" or "X":
                throw new ManifoldException(StandardErrorCode.InvalidLiteral, $"Use X'…' for varbinary literals", location);
            default:
                try
                {
                    type = TypeResolver.Resolve(new GenericDataType(new Identifier(literal.Type, false), NodeList<DataTypeParameter>.Empty) { Location = literal.Location });
                }
                catch (ManifoldException)
                {
                    throw new ManifoldException(StandardErrorCode.TypeNotFound, $"Unknown type: {literal.Type}", location);
                }
                break;
        }
        try
        {
            object? value = context.Interpreter.Evaluate(new CastExpression(new ConstantExpression(literal.Value, SqlType.Varchar), type, Safe: false));
            return new ConstantExpression(value, type);
        }
        catch (ManifoldException)
        {
            throw new ManifoldException(StandardErrorCode.InvalidLiteral, $"'{literal.Value}' is not a valid {typeName} literal", location);
        }
    }

    private static int CodePointCount(string text)
    {
        int count = 0;
        foreach (System.Text.Rune _ in text.EnumerateRunes())
        {
            count++;
        }
        return count;
    }
}
