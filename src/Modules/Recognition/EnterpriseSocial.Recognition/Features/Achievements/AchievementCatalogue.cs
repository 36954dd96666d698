using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.Recognition.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Recognition.Features.Achievements;

/// <summary>Puts the achievement badges in the catalogue; administrators may rename them, never remove them.</summary>
internal sealed class AchievementCatalogue(RecognitionDbContext db, TimeProvider clock) : IModuleInitializer
{
    private static readonly (string Key, string Icon, string NameFr, string NameEn, string DescriptionFr, string DescriptionEn)[] Defaults =
    [
        (AchievementRules.FirstPost, "sparkles", "Première publication", "First post",
            "A partagé sa première publication avec l'entreprise.", "Shared their first post with the company."),
        (AchievementRules.FirstBestAnswer, "lightbulb", "Première meilleure réponse", "First best answer",
            "Sa réponse a été choisie comme la meilleure à une question.", "Their answer was chosen as the best one to a question."),
        (AchievementRules.TenBestAnswers, "trophy", "Dix meilleures réponses", "Ten best answers",
            "Dix de ses réponses ont été choisies comme les meilleures.", "Ten of their answers were chosen as the best ones."),
        (AchievementRules.BridgeBuilder, "handshake", "Bâtisseur de ponts", "Bridge builder",
            "A lancé une conversation à laquelle trois autres départements ont répondu.", "Started a conversation that drew replies from three other departments."),
        (AchievementRules.Welcomer, "heart", "Bienvenue !", "Welcomer",
            "A répondu à la première publication de cinq nouveaux venus.", "Answered the first post of five newcomers."),
    ];

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var present = await db.Badges.Where(b => b.AchievementKey != null).Select(b => b.AchievementKey!).ToListAsync(cancellationToken);
        foreach (var badge in Defaults.Where(d => !present.Contains(d.Key)))
        {
            db.Badges.Add(new Badge
            {
                Id = Guid.CreateVersion7(), Kind = BadgeKind.Achievement, AchievementKey = badge.Key, Icon = badge.Icon,
                NameFr = badge.NameFr, NameEn = badge.NameEn, DescriptionFr = badge.DescriptionFr, DescriptionEn = badge.DescriptionEn,
                CreatedAt = clock.GetUtcNow(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
