/** A post's conversation, with the comment given shown above it (the conversation page reads `comment`). */
export function conversationPath(postId: string, commentId?: string | null): string {
  return commentId ? `/posts/${postId}?comment=${commentId}` : `/posts/${postId}`;
}
