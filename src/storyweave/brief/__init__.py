"""storyweave.brief"""
