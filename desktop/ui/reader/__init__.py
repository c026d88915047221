"""The document reader: rendering, the view, find-in-document and the panel around them."""
