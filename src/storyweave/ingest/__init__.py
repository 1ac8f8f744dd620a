"""storyweave.ingest"""
