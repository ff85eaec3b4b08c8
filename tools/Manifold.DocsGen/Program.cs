using Manifold.DocsGen;

// Writes every generated document (docs/functions.md, docs/error-codes.md) into the repository, or with --check only
// reports the ones that are out of date and exits with 1.
bool check = false;
bool help = false;
string? root = null;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--check":
            check = true;
            break;
        case "--root" when i + 1 < args.Length:
            root = args[++i];
            break;
        default:
            help = true;
            break;
    }
}
root ??= GeneratedDocs.FindRepositoryRoot(Environment.CurrentDirectory);
if (help || root is null)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/Manifold.DocsGen [-- --check] [--root <repository>]");
    Console.Error.WriteLine("Rewrites the generated docs; with --check, lists the stale ones and exits with 1 instead.");
    if (root is null)
    {
        Console.Error.WriteLine("No Manifold.slnx in the current directory or above it; pass --root.");
    }
    return 2;
}

int stale = 0;
foreach (GeneratedDocument document in GeneratedDocs.All)
{
    string path = Path.Combine(root, document.RelativePath);
    string expected = document.Render();
    string? actual = File.Exists(path) ? File.ReadAllText(path) : null;
    if (actual == expected)
    {
        Console.WriteLine($"{document.RelativePath}: up to date");
    }
    else if (check)
    {
        Console.WriteLine($"{document.RelativePath}: out of date");
        stale++;
    }
    else
    {
        File.WriteAllText(path, expected);
        Console.WriteLine($"{document.RelativePath}: written");
    }
}
if (stale > 0)
{
    Console.WriteLine($"Run '{GeneratedDocs.RegenerateCommand}' to regenerate.");
}
return stale > 0 ? 1 : 0;
