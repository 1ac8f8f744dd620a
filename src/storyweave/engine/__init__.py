"""storyweave.engine"""
