"""storyweave.compare"""
