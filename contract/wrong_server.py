"""A deliberately wrong Beeper Desktop for the schemathesis self-check.

Answers `GET /v1/info` with a body of the wrong shape (`app` is a string,
required fields are missing), so a schemathesis run on that operation must
fail its response-schema check. Listens on 127.0.0.1 at the port given as
the only argument, until it is stopped.
"""

import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class WrongShape(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's naming)
        body = json.dumps({"app": "Beeper", "platform": 42}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), WrongShape).serve_forever()
