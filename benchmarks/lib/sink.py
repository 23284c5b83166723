"""Stand-in SMS gateway (as in .ci/serve-smoke.sh): checks the HMAC signature, stores each code by phone.

Usage: SMS_KEY=<base64> python3 sink.py PORT DIR. Threaded, so deliveries never queue behind each other.
"""
import base64, hashlib, hmac, http.server, json, os, sys

key = base64.b64decode(os.environ["SMS_KEY"])
out = sys.argv[2]


class Sink(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        expected = "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, self.headers.get("X-FinGuard-Signature", "")):
            self.send_response(401); self.end_headers(); return
        msg = json.loads(body)
        tmp = os.path.join(out, "." + msg["to"])
        with open(tmp, "w") as f:
            f.write(msg["code"])
        os.replace(tmp, os.path.join(out, msg["to"]))  # readers never see a half-written code
        self.send_response(204); self.end_headers()

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Sink).serve_forever()
