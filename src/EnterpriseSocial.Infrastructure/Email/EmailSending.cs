using System.Threading.Channels;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace EnterpriseSocial.Infrastructure.Email;

public sealed record EmailMessage(string To, string Subject, string TextBody);

/// <summary>
/// Queues e-mail for a background sender, so that a request never waits on (nor reveals by its
/// timing) a mail server.
/// </summary>
public interface IEmailOutbox
{
    void Enqueue(EmailMessage message);
}

public sealed class EmailSettings
{
    public string From { get; set; } = "EnterpriseSocial <no-reply@enterprisesocial.local>";

    /// <summary>Without an SMTP host, messages are written as .eml files here (Development).</summary>
    public string PickupFolder { get; set; } = "data/mail";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpStartTls { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}

internal sealed partial class EmailSender(EmailSettings settings, IHostEnvironment environment, ILogger<EmailSender> logger)
    : BackgroundService, IEmailOutbox
{
    private readonly Channel<EmailMessage> queue = Channel.CreateUnbounded<EmailMessage>();

    public void Enqueue(EmailMessage message) => queue.Writer.TryWrite(message);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(message, stoppingToken);
            }
            catch (Exception exception) when (exception is IOException or SmtpCommandException or SmtpProtocolException or AuthenticationException)
            {
                LogFailed(logger, exception);
            }
        }
    }

    private async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(settings.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.TextBody };

        if (string.IsNullOrWhiteSpace(settings.SmtpHost))
        {
            var folder = Path.Combine(environment.ContentRootPath, settings.PickupFolder);
            Directory.CreateDirectory(folder);
            // Written aside then renamed, so a reader of the folder never sees half a message.
            var name = $"{Guid.CreateVersion7():N}";
            var partial = Path.Combine(folder, name + ".tmp");
            await mime.WriteToAsync(partial, cancellationToken);
            File.Move(partial, Path.Combine(folder, name + ".eml"));
            return;
        }

        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(settings.SmtpHost, settings.SmtpPort,
            settings.SmtpStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await smtp.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        await smtp.SendAsync(mime, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending an e-mail failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

public static class EmailRegistration
{
    /// <summary>SMTP when <c>Email:SmtpHost</c> is set, else a pickup folder of .eml files.</summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(IEmailOutbox)))
        {
            return services;
        }

        services.AddSingleton(configuration.GetSection("Email").Get<EmailSettings>() ?? new EmailSettings());
        services.AddSingleton<EmailSender>();
        services.AddSingleton<IEmailOutbox>(provider => provider.GetRequiredService<EmailSender>());
        services.AddHostedService(provider => provider.GetRequiredService<EmailSender>());
        return services;
    }
}
