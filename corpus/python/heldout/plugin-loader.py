"""Discovers and loads exporter plugins listed in the service settings."""
import importlib
import logging
import pkgutil

log = logging.getLogger(__name__)

BUILTIN_EXPORTERS = ("csv", "json", "xlsx")


class PluginRegistry:
    def __init__(self):
        self._exporters = {}

    def load_builtin(self):
        # ok: sandbox.dynamic-code
        csv_module = importlib.import_module("app.exporters.csv")
        self._exporters["csv"] = csv_module.Exporter
        json_module = importlib.import_module("app.exporters.json")
        self._exporters["json"] = json_module.Exporter

    def load_external(self, dotted_path):
        module_name, _, attr = dotted_path.rpartition(":")
        # expect: sandbox.dynamic-code
        module = importlib.import_module(module_name)
        self._exporters[attr.lower()] = getattr(module, attr)

    def load_legacy(self, name):
        # expect: sandbox.dynamic-code
        mod = __import__("legacy_plugins." + name, fromlist=["Exporter"])
        self._exporters[name] = mod.Exporter

    def discover(self, package="app.contrib"):
        # ok: sandbox.dynamic-code
        base = importlib.import_module("app.contrib")
        for info in pkgutil.iter_modules(base.__path__):
            log.info("found contrib module %s in %s", info.name, package)

    def get(self, name):
        try:
            return self._exporters[name]
        except KeyError:
            raise LookupError(f"no exporter registered for {name!r}") from None


registry = PluginRegistry()
