using System.Runtime.CompilerServices;
using Manifold.Sql.Tree;

namespace Manifold.Sql.Formatting;

internal sealed partial class SqlWriter
{
    private void WriteType(DataType type)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (type)
        {
            case GenericDataType generic:
                WriteIdentifier(generic.Name);
                if (generic.Arguments.Count > 0)
                {
                    Append('(');
                    for (int i = 0; i < generic.Arguments.Count; i++)
                    {
                        if (i > 0)
                        {
                            Append(", ");
                        }
                        switch (generic.Arguments[i])
                        {
                            case NumericParameter numeric:
                                Append(numeric.Value);
                                break;
                            case TypeParameter parameter:
                                WriteType(parameter.Type);
                                break;
                        }
                    }
                    Append(')');
                }
                break;
            case RowDataType row:
                Append("ROW(");
                for (int i = 0; i < row.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        Append(", ");
                    }
                    WriteRowField(row.Fields[i]);
                }
                Append(')');
                break;
            case IntervalDataType interval:
                Append("INTERVAL ");
                Append(FieldText(interval.From));
                if (interval.To != interval.From)
                {
                    Append(" TO ");
                    Append(FieldText(interval.To));
                }
                break;
            case DateTimeDataType dateTime:
                Append(dateTime.Kind == Tree.DateTimeKind.Time ? "TIME" : "TIMESTAMP");
                if (dateTime.Precision is not null)
                {
                    Append('(');
                    Append(dateTime.Precision.Value);
                    Append(')');
                }
                if (dateTime.WithTimeZone)
                {
                    Append(" WITH TIME ZONE");
                }
                break;
            default:
                throw new ArgumentException("cannot format " + type.GetType().Name, nameof(type));
        }
    }

    private void WriteRowField(RowDataTypeField field)
    {
        if (field.Name is not null)
        {
            WriteIdentifier(field.Name);
            Append(' ');
        }
        WriteType(field.Type);
    }
}
