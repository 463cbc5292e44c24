"""ikg: an inspection knowledge graph for English children's services."""
__version__ = "0.1.0"
