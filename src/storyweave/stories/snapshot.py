"""Save and load the online clusterer's state, so that `analyze` on a big store does not
replay every stored analysis before it can take a new article.

The state is pickled (it is plain containers, arrays and the clusterer's own classes)
and compressed. A store is a file users pass around, so loading never trusts it: the
unpickler builds only the classes of `storyweave.stories`, containers and arrays, and
refuses anything else (a crafted blob cannot call a function). A snapshot is tied to the
code that wrote it by a fingerprint of this package's source: after an upgrade the
caller replays the analyses instead, as before.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import zlib
from importlib import resources

from storyweave.stories.cluster import OnlineClusterer

# (module, name) pairs besides the classes of storyweave.stories that a snapshot may hold
_SAFE_GLOBALS = {
    ("builtins", "set"), ("builtins", "frozenset"), ("builtins", "dict"), ("builtins", "list"),
    ("builtins", "tuple"), ("builtins", "bytearray"), ("builtins", "complex"),
    ("array", "array"), ("array", "_array_reconstructor"),
    ("copyreg", "_reconstructor"), ("builtins", "object"),
    ("collections", "OrderedDict"), ("collections", "defaultdict"), ("collections", "Counter"),
}


class BadSnapshot(ValueError):
    """The saved state is not one this code can load; replay the analyses instead."""


class _SafeUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> type:
        if (module, name) in _SAFE_GLOBALS:
            return super().find_class(module, name)
        if module == "storyweave.stories" or module.startswith("storyweave.stories."):
            found = super().find_class(module, name)
            if isinstance(found, type):  # classes only: never a function to call
                return found
        raise BadSnapshot(f"snapshot refers to {module}.{name}, which a clusterer snapshot never holds")


def code_fingerprint() -> str:
    """Hash of the clustering code: a snapshot is only valid for the code that wrote it."""
    digest = hashlib.sha1()
    package = resources.files("storyweave.stories")
    for entry in sorted(package.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".py"):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]


def dump_clusterer(clusterer: OnlineClusterer) -> bytes:
    return zlib.compress(pickle.dumps(clusterer, protocol=pickle.HIGHEST_PROTOCOL), 1)


def load_clusterer(data: bytes) -> OnlineClusterer:
    """The clusterer saved by `dump_clusterer`; BadSnapshot when the blob is not one."""
    try:
        raw = zlib.decompress(data)
        clusterer = _SafeUnpickler(io.BytesIO(raw)).load()
    except BadSnapshot:
        raise
    except Exception as exc:  # truncated, corrupt or from another pickle world
        raise BadSnapshot(f"unreadable clusterer snapshot: {type(exc).__name__}: {exc}") from None
    if not isinstance(clusterer, OnlineClusterer):
        raise BadSnapshot(f"snapshot holds a {type(clusterer).__name__}, not a clusterer")
    return clusterer
