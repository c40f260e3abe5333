"""Bridge between the POS web app and receipt printers (Windows and Linux)."""
import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

DRIVER_DLL = "C:\\Program Files\\Epson\\TMDriver\\EpsonTM.dll"


class PrinterBridge:
    def __init__(self):
        if sys.platform == "win32":
            # expect: sandbox.native
            self.driver = ctypes.WinDLL(DRIVER_DLL)
            # expect: sandbox.native
            self.kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        else:
            libname = ctypes.util.find_library("cups") or "libcups.so.2"
            # expect: sandbox.native
            self.driver = ctypes.CDLL(libname)
            self.kernel32 = None

    def print_receipt(self, printer_name, text):
        data = text.encode("cp437", errors="replace")
        # ok: memory.unsafe-escape
        buf = ctypes.create_string_buffer(data, len(data))
        if self.kernel32 is not None:
            rc = self.driver.TMPrintRaw(printer_name.encode(), buf, len(data))
        else:
            rc = self.driver.cupsPrintFile(printer_name.encode(), b"/dev/stdin", b"receipt", 0, None)
        if rc <= 0:
            log.error("printer %s returned %d", printer_name, rc)
        return rc > 0

    def open_drawer(self, printer_name):
        pulse = bytes([0x1B, 0x70, 0x00, 0x19, 0xFA])
        buf = ctypes.create_string_buffer(pulse, len(pulse))
        return self.driver.TMPrintRaw(printer_name.encode(), buf, len(pulse)) > 0


def load_printer_catalog(catalog):
    # ok: sandbox.native
    return catalog.load_library("receipt-printers")
