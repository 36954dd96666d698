using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>Reads the .eml files the host writes to its pickup folder: subject, then text.</summary>
internal static partial class Mail
{
    public static async Task<string> WaitForAsync(string folder, string recipient)
    {
        string? found = null;
        await Eventually.HoldsAsync(async () =>
        {
            foreach (var file in Directory.GetFiles(folder, "*.eml"))
            {
                var message = await MimeKit.MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => m.Address.Equals(recipient, StringComparison.OrdinalIgnoreCase)))
                {
                    found = message.Subject + "\n" + message.TextBody;
                    return true;
                }
            }

            return false;
        }, $"an e-mail to {recipient} is written");
        return found!;
    }

    public static (string Email, string Token) ResetLink(string mail)
    {
        var link = Link().Match(mail).Value;
        var query = QueryHelpers.ParseQuery(new Uri(link).Query);
        return (query["email"].ToString(), query["token"].ToString());
    }

    [GeneratedRegex(@"https?://\S+/reset-password\?\S+")]
    private static partial Regex Link();
}
