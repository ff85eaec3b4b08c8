using Manifold.Spi.Connectors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>Rewrites the pages of a table version hit by a DELETE or UPDATE; untouched pages are shared, not copied.</summary>
internal static class MemoryRowEditor
{
    /// <summary>The pages without the rows of <paramref name="sortedRowIds"/>, or null when none of those rows exists.</summary>
    public static StoredPage[]? Delete(MemoryTableVersion version, long[] sortedRowIds, out long deleted)
    {
        deleted = 0;
        StoredPage[] pages = version.Pages;
        StoredPage?[]? replaced = null;
        bool[]? touched = null;
        var removed = new List<int>();
        int idIndex = 0;
        int pageIndex = 0;
        while (idIndex < sortedRowIds.Length)
        {
            int p = version.FindPage(sortedRowIds[idIndex], pageIndex);
            if (p < 0)
            {
                idIndex++;
                continue;
            }
            StoredPage page = pages[p];
            removed.Clear();
            long last = page.LastRowId;
            for (; idIndex < sortedRowIds.Length && sortedRowIds[idIndex] <= last; idIndex++)
            {
                int position = page.FindPosition(sortedRowIds[idIndex]);
                if (position >= 0)
                {
                    removed.Add(position);
                }
            }
            pageIndex = p + 1;
            if (removed.Count == 0)
            {
                continue;
            }
            replaced ??= new StoredPage?[pages.Length];
            touched ??= new bool[pages.Length];
            touched[p] = true;
            replaced[p] = removed.Count == page.RowCount ? null : Without(page, removed, version.Columns);
            deleted += removed.Count;
        }
        return replaced is null ? null : Apply(pages, replaced, touched!);
    }

    /// <summary>The pages with the rows of <paramref name="sortedRowIds"/> changed, or null when none of them exists.</summary>
    public static StoredPage[]? Update(
        MemoryTableVersion version, long[] sortedRowIds, int[] sources, int[] ordinals, Page values, out long updated)
    {
        updated = 0;
        StoredPage[] pages = version.Pages;
        StoredPage?[]? replaced = null;
        bool[]? touched = null;
        var positions = new List<int>();
        var rows = new List<int>();
        int idIndex = 0;
        int pageIndex = 0;
        while (idIndex < sortedRowIds.Length)
        {
            int p = version.FindPage(sortedRowIds[idIndex], pageIndex);
            if (p < 0)
            {
                idIndex++;
                continue;
            }
            StoredPage page = pages[p];
            positions.Clear();
            rows.Clear();
            long last = page.LastRowId;
            for (; idIndex < sortedRowIds.Length && sortedRowIds[idIndex] <= last; idIndex++)
            {
                int position = page.FindPosition(sortedRowIds[idIndex]);
                if (position >= 0)
                {
                    positions.Add(position);
                    rows.Add(sources[idIndex]);
                }
            }
            pageIndex = p + 1;
            if (positions.Count == 0)
            {
                continue;
            }
            replaced ??= new StoredPage?[pages.Length];
            touched ??= new bool[pages.Length];
            touched[p] = true;
            replaced[p] = WithValues(page, positions, rows, ordinals, values, version.Columns);
            updated += positions.Count;
        }
        return replaced is null ? null : Apply(pages, replaced, touched!);
    }

    /// <summary>The pages with touched ones swapped for their replacements; a touched page without one was emptied.</summary>
    private static StoredPage[] Apply(StoredPage[] pages, StoredPage?[] replaced, bool[] touched)
    {
        var result = new List<StoredPage>(pages.Length);
        for (int i = 0; i < pages.Length; i++)
        {
            if (!touched[i])
            {
                result.Add(pages[i]);
            }
            else if (replaced[i] is { } page)
            {
                result.Add(page);
            }
        }
        return [.. result];
    }

    private static StoredPage Without(StoredPage page, List<int> removed, ColumnMetadata[] columns)
    {
        int rowCount = page.RowCount;
        int[] kept = new int[rowCount - removed.Count];
        int written = 0;
        int next = 0;
        for (int position = 0; position < rowCount; position++)
        {
            if (next < removed.Count && removed[next] == position)
            {
                next++;
                continue;
            }
            kept[written++] = position;
        }
        var vectors = new Vector[columns.Length];
        for (int c = 0; c < vectors.Length; c++)
        {
            vectors[c] = MemoryVectors.Keep(page.Data[c], kept, columns[c].Type);
        }
        var allIds = new long[rowCount];
        page.CopyRowIds(allIds);
        var ids = new long[kept.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = allIds[kept[i]];
        }
        return StoredPage.Create(new Page(kept.Length, vectors), ids);
    }

    private static StoredPage WithValues(
        StoredPage page, List<int> positions, List<int> rows, int[] ordinals, Page values, ColumnMetadata[] columns)
    {
        var vectors = (Vector[])page.Data.Columns.Clone();
        int rowCount = page.RowCount;
        for (int v = 0; v < ordinals.Length; v++)
        {
            int ordinal = ordinals[v];
            ColumnMetadata column = columns[ordinal];
            Vector source = values[v];
            Vector old = vectors[ordinal];
            VectorBuilder builder = VectorBuilder.Create(column.Type, rowCount);
            int next = 0;
            for (int position = 0; position < rowCount; position++)
            {
                if (next < positions.Count && positions[next] == position)
                {
                    int row = rows[next++];
                    if (source.IsNull(row))
                    {
                        // Also covers values typed unknown (a bare NULL), whose layout differs from the column's.
                        builder.AppendNull();
                        if (!column.Nullable)
                        {
                            throw MemoryErrors.NullInNotNullColumn(column.Name);
                        }
                    }
                    else
                    {
                        builder.AppendFrom(source, row);
                    }
                }
                else
                {
                    builder.AppendFrom(old, position);
                }
            }
            Vector built = builder.Build();
            vectors[ordinal] = MemoryVectors.Copy(built, 0, built.Count, column.Type);
        }
        return page.WithData(new Page(rowCount, vectors));
    }
}
