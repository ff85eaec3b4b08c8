using System.Text.Json;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Cli.Sql;

/// <summary>A page of the embedded engine as an <see cref="IResultBatch"/>; values are formatted with
/// <see cref="SqlValueFormatter"/>.</summary>
internal sealed class PageBatch : IResultBatch
{
    public Page Page { get; set; } = new(0);

    public int RowCount => Page.RowCount;

    public bool IsNull(int column, int row)
    {
        Vector vector = VectorBuilder.Resolve(Page[column], ref row);
        return vector.IsNull(row);
    }

    public string GetText(int column, int row) => SqlValueFormatter.Format(Page[column], row);

    public void WriteJson(Utf8JsonWriter writer, int column, int row) => WriteJson(writer, Page[column], row);

    private static void WriteJson(Utf8JsonWriter writer, Vector vector, int position)
    {
        Vector resolved = VectorBuilder.Resolve(vector, ref position);
        if (resolved.IsNull(position))
        {
            writer.WriteNullValue();
            return;
        }
        switch (resolved)
        {
            case ArrayVector array:
                writer.WriteStartArray();
                for (int i = array.Offsets[position]; i < array.Offsets[position + 1]; i++)
                {
                    WriteJson(writer, array.Elements, i);
                }
                writer.WriteEndArray();
                return;
            case MapVector map:
                writer.WriteStartObject();
                for (int i = map.Offsets[position]; i < map.Offsets[position + 1]; i++)
                {
                    writer.WritePropertyName(SqlValueFormatter.Format(map.Keys, i));
                    WriteJson(writer, map.Values, i);
                }
                writer.WriteEndObject();
                return;
            case RowVector rowVector:
                WriteRow(writer, rowVector, position);
                return;
        }
        string text = SqlValueFormatter.Format(resolved, position);
        switch (resolved.Type.Kind)
        {
            case TypeKind.Boolean:
                writer.WriteBooleanValue(text == "true");
                return;
            case TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt:
                writer.WriteRawValue(text, skipInputValidation: true);
                return;
            case TypeKind.Real or TypeKind.Double:
                // Java's Double.toString text is a JSON number, except NaN and the infinities, which Jackson quotes.
                if (text is "NaN" or "Infinity" or "-Infinity")
                {
                    writer.WriteStringValue(text);
                }
                else
                {
                    writer.WriteRawValue(text, skipInputValidation: true);
                }
                return;
            default:
                writer.WriteStringValue(text);
                return;
        }
    }

    private static void WriteRow(Utf8JsonWriter writer, RowVector row, int position)
    {
        IReadOnlyList<RowField> fields = row.RowType.Fields;
        bool named = true;
        for (int i = 0; i < fields.Count; i++)
        {
            named &= fields[i].Name is not null;
        }
        if (named)
        {
            writer.WriteStartObject();
            for (int i = 0; i < fields.Count; i++)
            {
                writer.WritePropertyName(fields[i].Name!);
                WriteJson(writer, row.Fields[i], position);
            }
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteStartArray();
            for (int i = 0; i < fields.Count; i++)
            {
                WriteJson(writer, row.Fields[i], position);
            }
            writer.WriteEndArray();
        }
    }
}
