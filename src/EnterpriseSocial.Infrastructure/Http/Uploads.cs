using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnterpriseSocial.Infrastructure.Http;

/// <summary>A file sent as multipart/form-data in the field <c>file</c>.</summary>
public sealed record Upload(byte[] Content, string FileName);

public static class Uploads
{
    /// <summary>Reads the upload, refusing with 413 what is larger than <paramref name="maxBytes"/> before reading it all.</summary>
    public static async Task<(Upload? Upload, ProblemHttpResult? Problem)> ReadAsync(HttpContext context, long maxBytes, string tooLarge)
    {
        var request = context.Request;
        if (request.ContentLength > maxBytes + 64 * 1024)
        {
            return (null, ApiProblems.PayloadTooLarge(tooLarge));
        }

        if (!request.HasFormContentType)
        {
            return (null, ApiProblems.Unprocessable(Bilingual.Text("Send the file as multipart/form-data in the field 'file'.",
                "Envoyez le fichier en multipart/form-data dans le champ 'file'.")));
        }

        IFormFile? file;
        try
        {
            file = (await request.ReadFormAsync(context.RequestAborted)).Files.GetFile("file");
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException)
        {
            return (null, ApiProblems.PayloadTooLarge(tooLarge));
        }

        if (file is null || file.Length == 0)
        {
            return (null, ApiProblems.Unprocessable(Bilingual.Text("Send the file in the field 'file'.", "Envoyez le fichier dans le champ 'file'.")));
        }

        if (file.Length > maxBytes)
        {
            return (null, ApiProblems.PayloadTooLarge(tooLarge));
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, context.RequestAborted);
        }

        return (new Upload(bytes, Path.GetFileName(file.FileName)), null);
    }
}
