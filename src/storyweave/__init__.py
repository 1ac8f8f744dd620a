"""storyweave: news coverage from many outlets turned into stories a person can check."""

__version__ = "0.1.0"
