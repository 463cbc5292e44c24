"""Plain service functions that read the store and shape resources, one module per resource;
the routers of app/ call them (see app/api.py)."""
