"""``python -m newsparse``: the same as the ``newsparse`` command."""

from .cli import main

raise SystemExit(main())
