using System.Text;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>to_iso8601, format_datetime and date_format: a datetime (and a pattern) to varchar.</summary>
internal sealed class TemporalFormatKernel(SqlType inputType, TemporalFormatKernel.Style style) : ScalarKernel(SqlType.Varchar)
{
    /// <summary>Which text form to write.</summary>
    public enum Style
    {
        /// <summary>ISO 8601.</summary>
        Iso,
        /// <summary>A Joda-Time pattern.</summary>
        Joda,
        /// <summary>A MySQL pattern.</summary>
        MySql,
    }

    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        var input = new TemporalReader(arguments[0], inputType);
        BytesReader patterns = style == Style.Iso ? default : BytesReader.Of(arguments[1]);
        ulong[]? nulls = NullMask.Union(arguments, rowCount);
        var output = new BytesVectorBuilder(SqlType.Varchar, rowCount, rowCount * 24);
        var text = new StringBuilder(64);
        var scratch = new Utf8Scratch();
        string pattern = "";
        byte[] lastPattern = [];
        int precision = inputType switch
        {
            TimestampType t => t.Precision,
            TimestampWithTimeZoneType t => t.Precision,
            _ => 0,
        };
        for (int row = 0; row < rowCount; row++)
        {
            if (NullMask.IsSet(nulls, row))
            {
                output.AppendNull();
                continue;
            }
            if (style != Style.Iso && !patterns[row].SequenceEqual(lastPattern))
            {
                lastPattern = patterns[row].ToArray();
                pattern = Encoding.UTF8.GetString(lastPattern);
            }
            text.Clear();
            long local = input.LocalMicros(row);
            switch (style)
            {
                case Style.Iso:
                    DateTimeText.Iso(text, local, inputType.Kind, precision, input.Zone(row), input.Instant(row));
                    break;
                case Style.Joda:
                    DateTimeText.FormatJoda(text, pattern, local, inputType.Kind == TypeKind.TimestampWithTimeZone ? input.Zone(row) : context.TimeZoneKey, input.Instant(row));
                    break;
                case Style.MySql:
                    DateTimeText.FormatMySql(text, pattern, local);
                    break;
            }
            Span<byte> buffer = scratch.Get(text.Length * 3);
            int written = 0;
            foreach (ReadOnlyMemory<char> chunk in text.GetChunks())
            {
                written += Encoding.UTF8.GetBytes(chunk.Span, buffer[written..]);
            }
            output.Append(buffer[..written]);
        }
        return output.Build();
    }
}
