"""Records the JSON status reports bttui posts, one line per request: <path> <body>."""
import http.server
import sys


class Recorder(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode()
        with open(sys.argv[2], "a") as log:
            log.write(f"{self.path} {self.headers.get('Content-Type')} {body}\n")
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Recorder).serve_forever()
