using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EnterpriseSocial.Infrastructure.Http;

/// <summary>
/// Endpoints that move a file's bytes to or from the caller. On a slow link such a request lasts as
/// long as its transfer, so it takes a turn among the node's file transfers, not among the turns of
/// every other request (ADR 0038).
/// </summary>
public static class FileTransfers
{
    public static TBuilder MovesFiles<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(FileTransferEndpoint.Instance);

    public static bool MovesFiles(this HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<FileTransferEndpoint>() is not null;

    private sealed class FileTransferEndpoint
    {
        public static readonly FileTransferEndpoint Instance = new();
    }
}
