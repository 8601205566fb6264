"""drafter: Party-committee reports (BÁO CÁO) drafted from a filled-in workbook."""
__version__ = "0.1.0"
