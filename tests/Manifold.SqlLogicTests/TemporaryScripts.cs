using Manifold.SqlLogicTest;

namespace Manifold.SqlLogicTests;

/// <summary>Writes scripts into a fresh temporary folder, removed on dispose.</summary>
internal sealed class TemporaryScripts : IDisposable
{
    public TemporaryScripts()
    {
        Folder = Path.Combine(Path.GetTempPath(), "slt-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public SqlLogicFile Write(string relativePath, string text)
    {
        string path = Path.Combine(Folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return new SqlLogicFile(path, relativePath.Replace('\\', '/'));
    }

    public static FileResult Run(string script, ISqlLogicEngine engine, SqlLogicRunnerOptions? options = null)
    {
        using var scripts = new TemporaryScripts();
        SqlLogicFile file = scripts.Write("t.test", script);
        using var runner = new SqlLogicRunner(() => engine, options);
        return runner.RunFile(file);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
