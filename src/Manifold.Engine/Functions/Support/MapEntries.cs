using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Checks for map construction: keys are never NULL and never repeat.</summary>
internal static class MapEntries
{
    /// <summary>Fails with INVALID_FUNCTION_ARGUMENT when the key is NULL or already in <paramref name="seen"/>; adds it otherwise.</summary>
    public static void CheckKey(Vector keys, int position, PositionSet seen)
    {
        if (keys.IsNull(position))
        {
            FunctionErrors.InvalidArgument("map key cannot be null");
        }
        if (!seen.Add(position))
        {
            string key = ValueText.Supports(keys.Type) ? Describe(keys, position) : "";
            FunctionErrors.InvalidArgument(key.Length > 0 ? $"Duplicate map keys ({key}) are not allowed" : "Duplicate map keys are not allowed");
        }
    }

    private static string Describe(Vector keys, int position)
    {
        var scratch = new Utf8Scratch();
        int written = 0;
        ValueText.Append(keys, position, scratch, ref written);
        return System.Text.Encoding.UTF8.GetString(scratch.Get(written)[..written]);
    }
}
