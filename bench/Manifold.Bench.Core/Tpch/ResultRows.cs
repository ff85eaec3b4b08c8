using Manifold.Engine.Runtime;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Bench.Tpch;

/// <summary>Reads a query result as rows of text, one string per cell and null for SQL NULL.</summary>
/// <remarks>Values print as <c>CAST(x AS varchar)</c> does (<see cref="SqlValueFormatter.FormatCast(Vector, int)"/>):
/// decimals with their scale (<c>532348211.65</c>), dates <c>YYYY-MM-DD</c>, integers plain, text as stored. Doubles and
/// reals use the display form (<c>25.575154611454693</c>) rather than the cast form (<c>2.5575154611454693E1</c>): both are
/// numbers to the comparer, the display form reads better in a diff. Types without a cast to varchar (arrays, maps,
/// rows, varbinary) use the display form.</remarks>
public static class ResultRows
{
    /// <summary>Reads every remaining row of <paramref name="result"/>.</summary>
    public static async Task<List<string?[]>> ReadAsync(QueryResult result, CancellationToken cancellationToken = default)
    {
        var rows = new List<string?[]>();
        while (await result.NextPageAsync(cancellationToken).ConfigureAwait(false) is { } page)
        {
            for (int row = 0; row < page.RowCount; row++)
            {
                var cells = new string?[page.ColumnCount];
                for (int column = 0; column < cells.Length; column++)
                {
                    cells[column] = FormatCell(page[column], row);
                }
                rows.Add(cells);
            }
        }
        return rows;
    }

    /// <summary>The text of one value; null for SQL NULL.</summary>
    public static string? FormatCell(Vector vector, int position)
    {
        int resolvedPosition = position;
        if (VectorBuilder.Resolve(vector, ref resolvedPosition).IsNull(resolvedPosition))
        {
            return null;
        }
        SqlType type = vector.Type;
        return type.Kind is TypeKind.Double or TypeKind.Real || !SqlValueFormatter.CanFormatCast(type)
            ? SqlValueFormatter.Format(vector, position)
            : SqlValueFormatter.FormatCast(vector, position);
    }
}
