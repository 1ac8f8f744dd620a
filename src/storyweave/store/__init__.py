"""storyweave.store"""
