using System.Text.Json;

namespace Manifold.Client.Protocol;

/// <summary>Where one value of the current row lies in the page buffer: the bytes of a scalar (a string without its
/// quotes), or the whole JSON text of an array/object.</summary>
internal struct FieldToken
{
    public int Start;
    public int Length;
    public JsonTokenType Type;
    public bool Escaped;
}
