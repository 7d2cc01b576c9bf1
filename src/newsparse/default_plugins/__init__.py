"""The built-in plugins: each module is registered as a plugin under its dotted name.

Disable one with ``Parser(disable=["newsparse.default_plugins.quotes"])``.
"""
