"""drafter serve: the report desk in a web page, for people who never open a terminal.

app.py holds the routes and pages, desk.py is the one door into the rest of
drafter, store.py the history (SQLite) and files (by sha256), guard.py the
safety checks, office.py LibreOffice kept warm for PDF and page images.
"""
