using System.Text;
using Manifold.Cli.Sql;

namespace Manifold.Cli.Output;

/// <summary>Value text shared by the printers.</summary>
internal static class TextValues
{
    private const int HexBytesPerLine = 16;

    /// <summary>The display text (NULL for null); varbinary hex dumps wrap every 16 bytes, as in Trino's ALIGNED.</summary>
    public static string Display(IResultBatch batch, ResultColumn column, int columnIndex, int row)
    {
        string text = batch.GetText(columnIndex, row);
        return column.IsBinary && !batch.IsNull(columnIndex, row) ? WrapHex(text) : text;
    }

    /// <summary>The text of a field in CSV and TSV: empty for null, otherwise the display text.</summary>
    public static string Field(IResultBatch batch, int columnIndex, int row)
        => batch.IsNull(columnIndex, row) ? "" : batch.GetText(columnIndex, row);

    /// <summary>Puts a line break after every 16th hex pair of <c>61 62 63 …</c>.</summary>
    public static string WrapHex(string hexPairs)
    {
        int lineLength = HexBytesPerLine * 3 - 1;
        if (hexPairs.Length <= lineLength)
        {
            return hexPairs;
        }
        var builder = new StringBuilder(hexPairs);
        for (int i = lineLength; i < builder.Length; i += HexBytesPerLine * 3)
        {
            builder[i] = '\n';
        }
        return builder.ToString();
    }
}
