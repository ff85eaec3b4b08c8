using System.Collections;
using System.Reflection;
using System.Text;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Tests;

/// <summary>A compact one-line print of a syntax tree for expected-value tests.</summary>
/// <remarks>
/// Node(field, …) with fields in declaration order; null is <c>-</c>, lists are [a, b]. Identifiers print bare (or
/// "quoted" when delimited), qualified names dotted, integer literals as their text, strings as 'text', decimals as
/// 1.5d and doubles as 1e3f. Locations are left out.
/// </remarks>
internal static class TreeDump
{
    public static string Of(Node node)
    {
        var text = new StringBuilder();
        Write(text, node);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('-');
                return;
            case Identifier identifier:
                text.Append(identifier.Delimited ? "\"" + identifier.Value + "\"" : identifier.Value);
                return;
            case QualifiedName name:
                text.Append(string.Join('.', name.Parts.Select(Of)));
                return;
            case LongLiteral literal:
                text.Append(literal.Text);
                return;
            case DecimalLiteral literal:
                text.Append(literal.Text).Append('d');
                return;
            case DoubleLiteral literal:
                text.Append(literal.Text).Append('f');
                return;
            case StringLiteral literal:
                text.Append('\'').Append(literal.Value).Append('\'');
                return;
            case string s:
                text.Append('\'').Append(s).Append('\'');
                return;
            case bool b:
                text.Append(b ? "true" : "false");
                return;
            case Enum or int:
                text.Append(value);
                return;
            case Node node:
            {
                string name = node.GetType().Name;
                if (name.EndsWith("Expression", StringComparison.Ordinal) && name != "Expression")
                {
                    name = name[..^"Expression".Length];
                }
                text.Append(name).Append('(');
                bool first = true;
                foreach (PropertyInfo property in FieldsOf(node.GetType()))
                {
                    if (!first)
                    {
                        text.Append(", ");
                    }
                    first = false;
                    Write(text, property.GetValue(node));
                }
                text.Append(')');
                return;
            }
            case IEnumerable list:
            {
                text.Append('[');
                bool first = true;
                foreach (object? item in list)
                {
                    if (!first)
                    {
                        text.Append(", ");
                    }
                    first = false;
                    Write(text, item);
                }
                text.Append(']');
                return;
            }
            default:
                text.Append(value);
                return;
        }
    }

    private static IEnumerable<PropertyInfo> FieldsOf(Type type)
    {
        ConstructorInfo constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
        foreach (ParameterInfo parameter in constructor.GetParameters())
        {
            yield return type.GetProperty(parameter.Name!)!;
        }
    }
}
