using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EnterpriseSocial.Activity.Data;

internal abstract class ActivityDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "activity";

    public override string Schema => SchemaName;

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<PostTopic> PostTopics => Set<PostTopic>();

    public DbSet<PostMention> PostMentions => Set<PostMention>();

    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Reaction> Reactions => Set<Reaction>();

    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();

    public DbSet<FeedReader> FeedReaders => Set<FeedReader>();

    public DbSet<LargeAudience> LargeAudiences => Set<LargeAudience>();

    public DbSet<SavedPost> SavedPosts => Set<SavedPost>();

    public DbSet<Mute> Mutes => Set<Mute>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<PollOption> PollOptions => Set<PollOption>();

    public DbSet<PollVote> PollVotes => Set<PollVote>();

    public DbSet<Acknowledgement> Acknowledgements => Set<Acknowledgement>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ModerationEntry> ModerationLog => Set<ModerationEntry>();

    public DbSet<KeywordRule> KeywordRules => Set<KeywordRule>();

    public DbSet<ScheduledPost> ScheduledPosts => Set<ScheduledPost>();

    public DbSet<SpaceLiveEpoch> SpaceLiveEpochs => Set<SpaceLiveEpoch>();

    public DbSet<DirectMessage> DirectMessages => Set<DirectMessage>();

    public DbSet<DirectParticipant> DirectParticipants => Set<DirectParticipant>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Post>(post =>
        {
            post.ToTable("Posts");
            post.HasKey(p => p.Sequence);
            post.Property(p => p.Sequence).ValueGeneratedOnAdd();
            post.HasIndex(p => p.Id).IsUnique();
            post.HasIndex(p => new { p.AuthorId, p.Sequence });
            post.Property(p => p.BodyMarkdown).HasMaxLength(Post.BodyMaxLength);
            post.ComplexProperty(p => p.Reactions);
            post.Ignore(p => p.IsDeleted);
            post.HasMany(p => p.Topics).WithOne().HasForeignKey(t => t.PostSequence).OnDelete(DeleteBehavior.Cascade);
            post.HasMany(p => p.Mentions).WithOne().HasForeignKey(m => m.PostSequence).OnDelete(DeleteBehavior.Cascade);
            post.HasMany(p => p.PollOptions).WithOne().HasForeignKey(o => o.PostSequence).OnDelete(DeleteBehavior.Cascade);
            post.HasIndex(p => new { p.Kind, p.Sequence });
            post.HasIndex(p => new { p.SpaceId, p.Sequence });
            post.Property(p => p.HiddenReason).HasMaxLength(Report.ReasonMaxLength);
        });
        modelBuilder.Entity<PollOption>(option =>
        {
            option.ToTable("PollOptions");
            option.HasKey(o => new { o.PostSequence, o.Index });
            option.Property(o => o.Text).HasMaxLength(PollOption.TextMaxLength);
        });
        modelBuilder.Entity<PollVote>(vote =>
        {
            vote.ToTable("PollVotes");
            vote.HasKey(v => new { v.PostId, v.PersonId, v.OptionIndex });
        });
        modelBuilder.Entity<Acknowledgement>(acknowledgement =>
        {
            acknowledgement.ToTable("Acknowledgements");
            acknowledgement.HasKey(a => new { a.PostId, a.PersonId });
        });
        modelBuilder.Entity<PostTopic>(topic =>
        {
            topic.ToTable("PostTopics");
            topic.HasKey(t => new { t.Topic, t.PostSequence });
            topic.Property(t => t.Topic).HasMaxLength(SharedKernel.TopicName.MaxLength);
            topic.HasIndex(t => t.PostSequence);
        });
        modelBuilder.Entity<PostMention>(mention =>
        {
            mention.ToTable("PostMentions");
            mention.HasKey(m => new { m.PostSequence, m.PersonId });
            mention.HasIndex(m => new { m.PersonId, m.PostSequence });
        });
        modelBuilder.Entity<PostRevision>(revision =>
        {
            revision.ToTable("PostRevisions");
            revision.HasKey(r => r.Sequence);
            revision.Property(r => r.Sequence).ValueGeneratedOnAdd();
            revision.HasIndex(r => new { r.PostId, r.Sequence });
        });
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("IdempotencyRecords");
            record.HasKey(r => new { r.PersonId, r.Key });
            record.Property(r => r.Key).HasMaxLength(200);
        });
        modelBuilder.Entity<Comment>(comment =>
        {
            comment.ToTable("Comments");
            comment.HasKey(c => c.Sequence);
            comment.Property(c => c.Sequence).ValueGeneratedOnAdd();
            comment.HasIndex(c => c.Id).IsUnique();
            comment.HasIndex(c => new { c.PostId, c.Sequence });
            comment.Property(c => c.BodyMarkdown).HasMaxLength(Comment.BodyMaxLength);
            comment.ComplexProperty(c => c.Reactions);
            comment.Property(c => c.HiddenReason).HasMaxLength(Report.ReasonMaxLength);
        });
        modelBuilder.Entity<Report>(report =>
        {
            report.ToTable("Reports");
            report.HasKey(r => r.Sequence);
            report.Property(r => r.Sequence).ValueGeneratedOnAdd();
            report.HasIndex(r => r.Id).IsUnique();
            report.Property(r => r.TargetKind).HasConversion<string>().HasMaxLength(16);
            report.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            report.Property(r => r.Reason).HasMaxLength(Report.ReasonMaxLength);
            report.HasIndex(r => new { r.TargetId, r.ReporterId }).IsUnique();
            report.HasIndex(r => new { r.Status, r.SpaceId, r.Sequence });
        });
        modelBuilder.Entity<ModerationEntry>(entry =>
        {
            entry.ToTable("ModerationLog");
            entry.HasKey(e => e.Sequence);
            entry.Property(e => e.Sequence).ValueGeneratedOnAdd();
            entry.Property(e => e.Action).HasMaxLength(32);
            entry.Property(e => e.TargetKind).HasConversion<string>().HasMaxLength(16);
            entry.Property(e => e.Reason).HasMaxLength(Report.ReasonMaxLength);
            entry.HasIndex(e => new { e.SpaceId, e.Sequence });
        });
        modelBuilder.Entity<KeywordRule>(rule =>
        {
            rule.ToTable("KeywordRules");
            rule.HasKey(r => r.Id);
            rule.Property(r => r.Pattern).HasMaxLength(KeywordRule.PatternMaxLength);
            rule.Property(r => r.Message).HasMaxLength(KeywordRule.MessageMaxLength);
            rule.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<Reaction>(reaction =>
        {
            reaction.ToTable("Reactions");
            reaction.HasKey(r => new { r.PostId, r.CommentId, r.PersonId });
            reaction.Property(r => r.Kind).HasMaxLength(20);
        });
        modelBuilder.Entity<TimelineEntry>(entry =>
        {
            entry.ToTable("Timeline");
            entry.HasKey(e => new { e.OwnerId, e.PostSequence });
            entry.HasIndex(e => new { e.OwnerId, e.AuthorId });
        });
        modelBuilder.Entity<ScheduledPost>(scheduled =>
        {
            scheduled.ToTable("ScheduledPosts");
            scheduled.HasKey(s => s.Id);
            scheduled.Property(s => s.PublishAt).HasConversion<DateTimeOffsetToBinaryConverter>();
            scheduled.Property(s => s.FailedReason).HasMaxLength(500);
            scheduled.Property(s => s.Language).HasMaxLength(2);
            scheduled.HasIndex(s => s.PublishAt);
            scheduled.HasIndex(s => new { s.AuthorId, s.PublishAt });
        });
        modelBuilder.Entity<SpaceLiveEpoch>(epoch =>
        {
            epoch.ToTable("SpaceLiveEpochs");
            epoch.HasKey(e => e.SpaceId);
        });
        modelBuilder.Entity<FeedReader>(reader =>
        {
            reader.ToTable("FeedReaders");
            reader.HasKey(r => r.PersonId);
            // SQLite cannot compare DateTimeOffset values; as a number (always UTC here) every provider can.
            reader.Property(r => r.LastReadAt).HasConversion<DateTimeOffsetToBinaryConverter>();
        });
        modelBuilder.Entity<LargeAudience>(audience =>
        {
            audience.ToTable("LargeAudiences");
            audience.HasKey(a => new { a.Kind, a.Key });
            audience.Property(a => a.Key).HasMaxLength(SharedKernel.TopicName.MaxLength);
        });
        modelBuilder.Entity<SavedPost>(saved =>
        {
            saved.ToTable("SavedPosts");
            saved.HasKey(s => s.Sequence);
            saved.Property(s => s.Sequence).ValueGeneratedOnAdd();
            saved.HasIndex(s => new { s.PersonId, s.PostId }).IsUnique();
            saved.HasIndex(s => new { s.PersonId, s.Sequence });
        });
        modelBuilder.Entity<Attachment>(attachment =>
        {
            attachment.ToTable("Attachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.FileName).HasMaxLength(255);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.Property(a => a.StorageKey).HasMaxLength(200);
            attachment.HasIndex(a => a.PostId);
            attachment.HasIndex(a => new { a.UploaderId, a.PostId });
        });
        modelBuilder.Entity<Mute>(mute =>
        {
            mute.ToTable("Mutes");
            mute.HasKey(m => new { m.PersonId, m.Kind, m.Key });
            mute.Property(m => m.Key).HasMaxLength(SharedKernel.TopicName.MaxLength);
        });
        modelBuilder.Entity<DirectMessage>(message =>
        {
            message.ToTable("DirectMessages");
            message.HasKey(m => m.Sequence);
            message.Property(m => m.Sequence).ValueGeneratedOnAdd();
            message.HasIndex(m => m.Id).IsUnique();
            message.HasIndex(m => new { m.ConversationId, m.Sequence });
            message.Property(m => m.BodyMarkdown).HasMaxLength(DirectMessage.BodyMaxLength);
            message.Property(m => m.IdempotencyKey).HasMaxLength(200);
            message.HasIndex(m => new { m.SenderId, m.IdempotencyKey }).IsUnique();
            message.Property(m => m.SenderReaction).HasMaxLength(20);
            message.Property(m => m.RecipientReaction).HasMaxLength(20);
        });
        modelBuilder.Entity<DirectParticipant>(participant =>
        {
            participant.ToTable("DirectParticipants");
            participant.HasKey(p => new { p.PersonId, p.OtherPersonId });
            participant.HasIndex(p => new { p.PersonId, p.LastMessageSequence });
        });
    }
}

// One derived context per provider, so that each provider keeps its own migrations.
internal sealed class SqliteActivityDbContext(DbContextOptions<SqliteActivityDbContext> options) : ActivityDbContext(options);

internal sealed class PostgreSqlActivityDbContext(DbContextOptions<PostgreSqlActivityDbContext> options) : ActivityDbContext(options);

internal sealed class SqlServerActivityDbContext(DbContextOptions<SqlServerActivityDbContext> options) : ActivityDbContext(options);
