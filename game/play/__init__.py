"""The play: the game at one point, apart from its screen (`play.Play`), its fade, and where plays
begin (`start`: New Game, a chapter's declared state, a scene for practice)."""
