namespace Manifold.DocsGen;

/// <summary>A file under the repository generated from code.</summary>
/// <param name="RelativePath">The path from the repository root, with forward slashes.</param>
/// <param name="Render">Produces the file's full text.</param>
public sealed record GeneratedDocument(string RelativePath, Func<string> Render);
