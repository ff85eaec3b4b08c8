using System.Buffers;

namespace Manifold.Client.Protocol;

/// <summary>The buffers response bodies are read into. A pool of its own, holding at most two buffers per size (the reader holds at most two pages):
/// <see cref="ArrayPool{T}.Shared"/> keeps arrays per thread and per core, and pages rented on one thread and returned
/// on another piled up there (hundreds of MB while reading a large result).</summary>
internal static class PageBuffers
{
    public static ArrayPool<byte> Pool { get; } = ArrayPool<byte>.Create(maxArrayLength: 256 << 20, maxArraysPerBucket: 2);
}
