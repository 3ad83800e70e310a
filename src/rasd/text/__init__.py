from rasd.text.normalize import NormText, fold

__all__ = ["NormText", "fold"]
