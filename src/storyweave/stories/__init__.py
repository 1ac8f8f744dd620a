"""storyweave.stories: online clustering of analysed articles into stories (events)."""

from storyweave.stories.cluster import ClusterConfig, OnlineClusterer, cluster_articles, story_id_for

__all__ = ["ClusterConfig", "OnlineClusterer", "cluster_articles", "story_id_for"]
