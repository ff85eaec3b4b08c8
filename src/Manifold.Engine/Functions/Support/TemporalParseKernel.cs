using System.Text;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>from_iso8601_timestamp, from_iso8601_date, parse_datetime and date_parse: text (and a pattern) to a datetime.</summary>
internal sealed class TemporalParseKernel(SqlType returnType, TemporalFormatKernel.Style style) : ScalarKernel(returnType)
{
    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        BytesReader input = BytesReader.Of(arguments[0]);
        BytesReader patterns = arguments.Count > 1 ? BytesReader.Of(arguments[1]) : default;
        var result = new TemporalResult(ReturnType, rowCount, NullMask.Union(arguments, rowCount));
        for (int row = 0; row < rowCount; row++)
        {
            if (result.IsNull(row))
            {
                continue;
            }
            string text = input.GetString(row);
            long local;
            short? zone = null;
            bool ok = style switch
            {
                TemporalFormatKernel.Style.Iso when ReturnType.Kind == TypeKind.Date => TryIsoDate(text, out local),
                TemporalFormatKernel.Style.Iso => DateTimeText.TryParseIsoTimestamp(text, out local, out zone),
                TemporalFormatKernel.Style.Joda => DateTimeText.TryParseJoda(text, Encoding.UTF8.GetString(patterns[row]), out local, out zone),
                _ => DateTimeText.TryParseMySql(text, Encoding.UTF8.GetString(patterns[row]), out local),
            };
            if (!ok)
            {
                FunctionErrors.InvalidArgument($"Invalid format: \"{text}\"");
            }
            result.SetLocal(row, local, zone ?? context.TimeZoneKey);
        }
        return result.Build();
    }

    private static bool TryIsoDate(string text, out long local)
    {
        bool ok = DateTimeText.TryParseIsoDate(text, out long days);
        local = days * CivilTime.MicrosPerDay;
        return ok;
    }
}
