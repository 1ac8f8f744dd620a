"""storyweave.web"""
