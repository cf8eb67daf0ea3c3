"""One screen per module: tab contents of the shell and the screens pushed over it."""
