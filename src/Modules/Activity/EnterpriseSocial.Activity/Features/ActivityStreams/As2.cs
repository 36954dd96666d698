using System.Text.Json;
using System.Text.Json.Nodes;
using EnterpriseSocial.Activity.Features.Conversations;
using EnterpriseSocial.Activity.Features.Posts;
using Microsoft.AspNetCore.Http;

namespace EnterpriseSocial.Activity.Features.ActivityStreams;

/// <summary>
/// W3C Activity Streams 2.0 documents for posts, conversations and stream pages, offered next to
/// the app's own JSON when a client asks for <c>application/activity+json</c>.
/// </summary>
internal static class As2
{
    public const string MediaType = "application/activity+json";
    private const string Context = "https://www.w3.org/ns/activitystreams";
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public static bool Wanted(HttpRequest request) =>
        request.Headers.Accept.Any(accept => accept is not null &&
            (accept.Contains(MediaType, StringComparison.OrdinalIgnoreCase) ||
             (accept.Contains("application/ld+json", StringComparison.OrdinalIgnoreCase) && accept.Contains(Context, StringComparison.OrdinalIgnoreCase))));

    public static IResult Result(JsonObject document)
    {
        document.Insert(0, "@context", Context);
        return Results.Text(document.ToJsonString(JsonOptions), MediaType);
    }

    public static JsonObject Note(PostView post, HttpRequest request)
    {
        var id = Url(request, $"/api/v1/activity/posts/{post.Id}");
        if (post.Deleted)
        {
            return new JsonObject { ["id"] = id, ["type"] = "Tombstone", ["formerType"] = "Note", ["published"] = post.CreatedAt };
        }

        var tags = new JsonArray();
        foreach (var topic in post.Topics)
        {
            tags.Add(new JsonObject { ["type"] = "Hashtag", ["name"] = $"#{topic}", ["href"] = Url(request, $"/api/v1/activity/feeds/topics/{topic}") });
        }

        foreach (var person in post.Mentions)
        {
            tags.Add(new JsonObject { ["type"] = "Mention", ["name"] = $"@{person.DisplayName}", ["href"] = Person(person, request)["id"]!.DeepClone() });
        }

        var note = new JsonObject
        {
            ["id"] = id,
            ["type"] = post.SharedPost is null ? "Note" : "Announce",
            ["attributedTo"] = Person(post.Author, request),
            ["content"] = post.BodyHtml,
            ["mediaType"] = "text/html",
            ["source"] = new JsonObject { ["content"] = post.BodyMarkdown, ["mediaType"] = "text/markdown" },
            ["published"] = post.CreatedAt,
            ["tag"] = tags,
            ["replies"] = new JsonObject
            {
                ["id"] = Url(request, $"/api/v1/activity/posts/{post.Id}/comments"), ["type"] = "OrderedCollection", ["totalItems"] = post.CommentCount,
            },
            ["likes"] = new JsonObject { ["type"] = "Collection", ["totalItems"] = post.Reactions.Values.Sum() },
            ["url"] = Url(request, $"/posts/{post.Id}"),
        };
        if (post.EditedAt is { } edited)
        {
            note["updated"] = edited;
        }

        if (post.SharedPost is { } shared)
        {
            note["actor"] = note["attributedTo"]!.DeepClone();
            note["object"] = Note(shared, request);
        }

        return note;
    }

    public static JsonObject Create(PostView post, HttpRequest request) => new()
    {
        ["id"] = Url(request, $"/api/v1/activity/posts/{post.Id}#create"),
        ["type"] = post.SharedPost is null ? "Create" : "Announce",
        ["actor"] = Person(post.Author, request),
        ["published"] = post.CreatedAt,
        ["object"] = post.SharedPost is null ? Note(post, request) : Note(post.SharedPost, request),
    };

    public static JsonObject Comment(CommentView comment, Guid postId, HttpRequest request)
    {
        var id = Url(request, $"/api/v1/activity/comments/{comment.Id}");
        if (comment.Deleted)
        {
            return new JsonObject { ["id"] = id, ["type"] = "Tombstone", ["formerType"] = "Note", ["published"] = comment.CreatedAt };
        }

        return new JsonObject
        {
            ["id"] = id,
            ["type"] = "Note",
            ["attributedTo"] = Person(comment.Author, request),
            ["inReplyTo"] = Url(request, comment.ParentId is { } parent ? $"/api/v1/activity/comments/{parent}" : $"/api/v1/activity/posts/{postId}"),
            ["content"] = comment.BodyHtml,
            ["mediaType"] = "text/html",
            ["published"] = comment.CreatedAt,
            ["likes"] = new JsonObject { ["type"] = "Collection", ["totalItems"] = comment.Reactions.Values.Sum() },
        };
    }

    /// <summary>A page of a stream or a conversation; <paramref name="next"/> is the next page's cursor.</summary>
    public static JsonObject Page(HttpRequest request, IEnumerable<JsonObject> items, string? next)
    {
        var self = Url(request, request.Path + request.QueryString.Value);
        var page = new JsonObject
        {
            ["id"] = self,
            ["type"] = "OrderedCollectionPage",
            ["partOf"] = Url(request, request.Path),
            ["orderedItems"] = new JsonArray([.. items]),
        };
        if (next is not null)
        {
            page["next"] = Url(request, $"{request.Path}?cursor={Uri.EscapeDataString(next)}");
        }

        return page;
    }

    private static JsonObject Person(PersonView person, HttpRequest request) => new()
    {
        ["type"] = "Person", ["id"] = Url(request, $"/api/v1/profiles/{person.Id}"), ["name"] = person.DisplayName,
    };

    private static string Url(HttpRequest request, string path) => $"{request.Scheme}://{request.Host}{path}";
}
