"""storyweave.stories"""
