using System.Text;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Formatting;

/// <summary>Builds SQL text for <see cref="SqlFormatter"/>; one partial file per grammar area.</summary>
internal sealed partial class SqlWriter
{
    private const string IndentUnit = "  ";

    private readonly StringBuilder _text = new();
    private int _indent;

    public override string ToString() => _text.ToString();

    public void Write(Node node)
    {
        switch (node)
        {
            case Statement statement:
                WriteStatement(statement);
                break;
            case Expression expression:
                WriteExpression(expression, 0);
                break;
            case QueryBody body:
                WriteQueryBody(body);
                break;
            case Relation relation:
                WriteRelation(relation);
                break;
            case DataType type:
                WriteType(type);
                break;
            default:
                WriteOther(node);
                break;
        }
    }

    private void WriteOther(Node node)
    {
        switch (node)
        {
            case QualifiedName name:
                WriteName(name);
                break;
            case SelectItem item:
                WriteSelectItem(item);
                break;
            case SortItem item:
                WriteSortItem(item);
                break;
            case OrderBy orderBy:
                Append("ORDER BY ");
                WriteSortItems(orderBy.Items);
                break;
            case WindowSpecification specification:
                Append("(");
                WriteWindowSpecification(specification);
                Append(")");
                break;
            case WindowReference reference:
                WriteIdentifier(reference.Name);
                break;
            case WindowFrame frame:
                WriteFrame(frame);
                break;
            case FrameBound bound:
                WriteFrameBound(bound);
                break;
            case WindowDefinition definition:
                WriteWindowDefinition(definition);
                break;
            case GroupBy groupBy:
                Append("GROUP BY ");
                WriteGroupBy(groupBy);
                break;
            case GroupingElement element:
                WriteGroupingElement(element);
                break;
            case WhenClause clause:
                WriteWhen(clause);
                break;
            case Property property:
                WriteProperty(property);
                break;
            case TableElement element:
                WriteTableElement(element);
                break;
            case Select select:
                WriteSelect(select);
                break;
            case With with:
                WriteWith(with);
                break;
            case WithQuery query:
                WriteWithQuery(query);
                break;
            case Offset offset:
                WriteOffset(offset);
                break;
            case LimitClause limit:
                WriteLimit(limit);
                break;
            case JoinCriteria criteria:
                WriteJoinCriteria(criteria);
                break;
            case CallArgument argument:
                WriteCallArgument(argument);
                break;
            case UpdateAssignment assignment:
                WriteIdentifier(assignment.Column);
                Append(" = ");
                WriteExpression(assignment.Value, 0);
                break;
            case TransactionMode mode:
                WriteTransactionMode(mode);
                break;
            case RowDataTypeField field:
                WriteRowField(field);
                break;
            case NumericParameter parameter:
                Append(parameter.Value);
                break;
            case TypeParameter parameter:
                WriteType(parameter.Type);
                break;
            default:
                throw new ArgumentException("cannot format " + node.GetType().Name, nameof(node));
        }
    }

    private void Append(string text) => _text.Append(text);

    private void Append(char c) => _text.Append(c);

    private void NewLine()
    {
        _text.Append('\n');
        for (int i = 0; i < _indent; i++)
        {
            _text.Append(IndentUnit);
        }
    }

    private void WriteIdentifier(Identifier identifier) => Append(SqlFormatter.FormatIdentifier(identifier));

    private void WriteName(QualifiedName name)
    {
        for (int i = 0; i < name.Parts.Count; i++)
        {
            if (i > 0)
            {
                Append('.');
            }
            WriteIdentifier(name.Parts[i]);
        }
    }

    private void WriteIdentifierList(NodeList<Identifier> identifiers)
    {
        Append('(');
        for (int i = 0; i < identifiers.Count; i++)
        {
            if (i > 0)
            {
                Append(", ");
            }
            WriteIdentifier(identifiers[i]);
        }
        Append(')');
    }

    private void WriteString(string value) => Append(SqlFormatter.FormatStringLiteral(value));
}
