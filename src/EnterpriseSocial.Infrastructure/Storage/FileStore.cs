using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace EnterpriseSocial.Infrastructure.Storage;

/// <summary>Where uploaded files live. Keys are made by the application, never taken from a file name.</summary>
public interface IFileStore
{
    Task SaveAsync(string key, byte[] content, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when nothing is stored under the key.</summary>
    Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes what is stored under the key; nothing stored there is not an error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>The embedded default: files under <c>Storage:LocalPath</c> (<c>data/files</c> under the content root).</summary>
public sealed class LocalDiskFileStore(IConfiguration configuration, IHostEnvironment environment) : IFileStore
{
    private readonly string root = Path.GetFullPath(configuration["Storage:LocalPath"] is { Length: > 0 } configured
        ? configured
        : Path.Combine(environment.ContentRootPath, "data", "files"));

    public async Task SaveAsync(string key, byte[] content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written aside and moved, so that a reader never sees half a file.
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        await File.WriteAllBytesAsync(partial, content, cancellationToken);
        File.Move(partial, path, overwrite: true);
    }

    public async Task<byte[]?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var path = Path.GetFullPath(Path.Combine(root, key));
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException("A storage key stays inside the store.", nameof(key));
    }
}
